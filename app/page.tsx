import Link from "next/link";
import { db } from "@/lib/db/client";
import { getViewer } from "@/lib/auth/viewer";
import { loadLearningRecord } from "@/lib/db/progress";
import { learnerAssignments } from "@/lib/db/assignments";
import { deckStats } from "@/lib/db/cards";
import { masteryLabel, topicMastery } from "@/lib/progress";
import { TOPIC_GROUPS } from "@/lib/questions/topic-groups";
import { MasteryBar } from "@/app/_components/mastery-bar";
import { latestUnfinishedQuiz } from "@/lib/db/learner-home";
import { JoinClassBox } from "@/app/join/join-class-box";
import { ButtonLink } from "@/app/_components/button";
import { Section } from "@/app/_components/section";
import { AssignmentRow } from "@/app/_components/assignment-row";

export default async function HomePage() {
  const viewer = await getViewer();
  const now = new Date();
  const [record, assignments, deck, unfinished] = viewer
    ? await Promise.all([
        loadLearningRecord(db(), viewer.id, now),
        learnerAssignments(db(), viewer.id, now),
        deckStats(db(), viewer.id, now),
        latestUnfinishedQuiz(db(), viewer.id),
      ])
    : [null, [], null, null];
  const open = assignments.filter((a) => a.state !== "done");
  const returning = Boolean(record && (record.answers.length > 0 || record.cards.length > 0));
  const learner = !viewer || viewer.role === "LEARNER";
  return (
    <div className="flex flex-col gap-8">
      <section>
        <h1 className="text-3xl font-bold tracking-tight">
          {viewer && !viewer.isGuest
            ? `${returning ? "Welcome back" : "Welcome"}, ${viewer.name}`
            : "Learn what the articles say, and see where they say it"}
        </h1>
        <p className="mt-2 max-w-2xl text-slate-700 dark:text-slate-300">
          Quizzes and flashcards on the 2018–2020 Russia–Turkey–Iran diplomacy over Syria&apos;s Idlib province. Every
          answer links to the sentence in the article that proves it.
        </p>
        <div className="mt-4 flex flex-wrap gap-3">
          <ButtonLink href="/quiz">Start quiz</ButtonLink>
          <ButtonLink href="/flashcards" variant="secondary">
            {deck ? `Flashcards: ${deck.due} due` : "Flashcards"}
          </ButtonLink>
          <ButtonLink href="/sources" variant="secondary">
            Read the sources
          </ButtonLink>
        </div>
      </section>

      {unfinished ? (
        <Section id="resume-heading" title="Your unfinished quiz" className="rounded-lg border-2 border-brand-700 p-4">
          <p className="mt-1 text-slate-700 dark:text-slate-300">
            {unfinished.answered} of {unfinished.total} questions answered. Pick up where you left off.
          </p>
          <ButtonLink href={`/quiz/${unfinished.attemptId}`} className="mt-3 inline-block">
            Resume quiz
          </ButtonLink>
        </Section>
      ) : null}

      {open.length ? (
        <Section id="assignments-heading" title="Assignments due">
          <ul className="mt-3 flex flex-col gap-2">
            {open.map((a) => (
              <AssignmentRow key={a.id} a={a} now={now} />
            ))}
          </ul>
          <Link
            href="/assignments"
            className="mt-2 inline-block text-sm font-semibold text-brand-700 underline dark:text-brand-100"
          >
            All my assignments and results
          </Link>
        </Section>
      ) : assignments.length ? (
        <p>
          <Link href="/assignments" className="font-semibold text-brand-700 underline dark:text-brand-100">
            My assignments and results
          </Link>
        </p>
      ) : null}

      {learner ? <JoinClassBox /> : null}

      <Section id="topics-heading" title="Topics">
        <ul className="mt-3 grid gap-4 sm:grid-cols-2">
          {TOPIC_GROUPS.map((g) => {
            const m = record ? topicMastery(g.topics, record.answers, record.cards) : null;
            return (
              <li
                key={g.id}
                className="flex flex-col gap-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
              >
                <div>
                  <h3 className="text-lg font-semibold">{g.title}</h3>
                  <p className="text-sm text-slate-600 dark:text-slate-300">{g.blurb}</p>
                </div>
                <MasteryBar label="Mastery" value={m?.mastery ?? null} text={m ? masteryLabel(m) : undefined} />
                <Link
                  href={`/quiz?group=${g.id}`}
                  className="self-start text-sm font-semibold text-brand-700 underline dark:text-brand-100"
                >
                  Quiz me on this topic<span className="sr-only">: {g.title}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </Section>
    </div>
  );
}

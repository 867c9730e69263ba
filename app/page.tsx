import Link from "next/link";
import { db } from "@/lib/db/client";
import { getViewer } from "@/lib/auth/viewer";
import { loadLearningRecord } from "@/lib/db/progress";
import { learnerAssignments } from "@/lib/db/assignments";
import { deckStats } from "@/lib/db/cards";
import { masteryLabel, topicMastery } from "@/lib/progress";
import { TOPIC_GROUPS } from "@/lib/questions/topic-groups";
import { MasteryBar } from "@/app/_components/mastery-bar";
import { LocalTime } from "@/app/_components/local-time";
import { latestUnfinishedQuiz } from "@/lib/db/learner-home";
import { JoinClassBox } from "@/app/join/join-class-box";
import { Badge } from "@/app/_components/badge";
import { actionPrimary, actionSecondary } from "@/app/_components/action-styles";

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
          <Link href="/quiz" className={actionPrimary}>
            Start quiz
          </Link>
          <Link href="/flashcards" className={actionSecondary}>
            {deck ? `Flashcards: ${deck.due} due` : "Flashcards"}
          </Link>
          <Link href="/sources" className={actionSecondary}>
            Read the sources
          </Link>
        </div>
      </section>

      {unfinished ? (
        <section aria-labelledby="resume-heading" className="rounded-lg border-2 border-brand-700 p-4">
          <h2 id="resume-heading" className="text-xl font-semibold">
            Your unfinished quiz
          </h2>
          <p className="mt-1 text-slate-700 dark:text-slate-300">
            {unfinished.answered} of {unfinished.total} questions answered. Pick up where you left off.
          </p>
          <Link href={`/quiz/${unfinished.attemptId}`} className={`mt-3 inline-block ${actionPrimary}`}>
            Resume quiz
          </Link>
        </section>
      ) : null}

      {open.length ? (
        <section aria-labelledby="assignments-heading">
          <h2 id="assignments-heading" className="text-xl font-semibold">
            Assignments due
          </h2>
          <ul className="mt-3 flex flex-col gap-2">
            {open.map((a) => (
              <li
                key={a.id}
                className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-slate-200 p-3 dark:border-slate-800"
              >
                <div>
                  <p className="font-semibold">{a.title}</p>
                  <p className="text-sm text-slate-600 dark:text-slate-300">
                    {a.className} · {a.questionCount} questions · due <LocalTime date={a.dueAt} relative now={now} />
                    {a.late ? (
                      <Badge tone="alert" className="ml-2">
                        Late
                      </Badge>
                    ) : null}
                  </p>
                </div>
                <Link
                  href={`/assignments/${a.id}`}
                  className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white"
                >
                  {a.state === "in-progress" ? "Continue" : "Start"}
                </Link>
              </li>
            ))}
          </ul>
          <Link
            href="/assignments"
            className="mt-2 inline-block text-sm font-semibold text-brand-700 underline dark:text-brand-100"
          >
            All my assignments and results
          </Link>
        </section>
      ) : assignments.length ? (
        <p>
          <Link href="/assignments" className="font-semibold text-brand-700 underline dark:text-brand-100">
            My assignments and results
          </Link>
        </p>
      ) : null}

      {learner ? <JoinClassBox /> : null}

      <section aria-labelledby="topics-heading">
        <h2 id="topics-heading" className="text-xl font-semibold">
          Topics
        </h2>
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
      </section>
    </div>
  );
}

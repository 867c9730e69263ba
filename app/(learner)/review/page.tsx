import type { Metadata } from "next";
import { questionStem } from "@/lib/questions/stem";
import { db } from "@/lib/db/client";
import { missedQuestions } from "@/lib/db/review";
import { getAnsweredQuestions } from "@/lib/db/questions";
import { articleTitles } from "@/lib/db/article-titles";
import { learnerAssignmentTitles } from "@/lib/db/assignments";
import { getViewer } from "@/lib/auth/viewer";
import { formatAnswer } from "@/lib/questions/format-answer";
import { TOPIC_GROUPS, topicGroupOf } from "@/lib/questions/topic-groups";
import { reviewFilterSchema } from "@/lib/quiz/schema";
import { EvidenceList } from "@/app/_components/evidence-list";
import { RetryForm } from "./retry-form";
import { ButtonLink } from "@/app/_components/button";

export const metadata: Metadata = { title: "Review" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReviewPage({ searchParams }: Props) {
  const filter = reviewFilterSchema.parse(await searchParams);
  const viewer = await getViewer();
  const missed = viewer ? await missedQuestions(db(), viewer.id, { assignmentId: filter.assignment }, new Date()) : [];
  const [questions, titles, assignments] = await Promise.all([
    // As answered: a question regenerated since shows the version the learner saw.
    getAnsweredQuestions(db(), missed),
    articleTitles(db()),
    viewer ? learnerAssignmentTitles(db(), viewer.id) : Promise.resolve([]),
  ]);
  const group = TOPIC_GROUPS.find((g) => g.id === filter.group);
  const shown = missed.filter((m) => {
    const q = questions.get(m.questionId);
    return q && (!group || topicGroupOf(q.topic)?.id === group.id);
  });

  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold">Review</h1>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        Every question your latest answer got wrong. Answer one right and it leaves this list; each is also in your
        flashcards.
      </p>
      <form method="get" className="mt-4 flex flex-wrap items-end gap-3" aria-label="Filter missed questions">
        <div className="flex flex-col gap-1">
          <label htmlFor="group" className="text-sm font-medium">
            Topic
          </label>
          <select
            id="group"
            name="group"
            defaultValue={filter.group}
            className="rounded-md border border-slate-400 bg-white px-2 py-2 text-slate-900 dark:bg-slate-900 dark:text-slate-100"
          >
            <option value="all">All topics</option>
            {TOPIC_GROUPS.map((g) => (
              <option key={g.id} value={g.id}>
                {g.title}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="assignment" className="text-sm font-medium">
            Assignment
          </label>
          <select
            id="assignment"
            name="assignment"
            defaultValue={filter.assignment ?? ""}
            className="max-w-64 rounded-md border border-slate-400 bg-white px-2 py-2 text-slate-900 dark:bg-slate-900 dark:text-slate-100"
          >
            <option value="">Any (or none)</option>
            {assignments.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-md border border-slate-400 px-3 py-2">
          Filter
        </button>
      </form>

      {shown.length ? (
        <>
          <RetryForm group={filter.group} assignmentId={filter.assignment} count={shown.length} />
          <ol className="mt-6 flex flex-col gap-4">
            {shown.map((m) => {
              const q = questions.get(m.questionId)!;
              return (
                <li key={m.questionId} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
                  <p className="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
                    {topicGroupOf(q.topic)?.title}
                  </p>
                  <h2 className="mt-1 font-semibold">{questionStem(q)}</h2>
                  <p className="mt-2">
                    <span className="font-medium">Your answer:</span> {formatAnswer(m.answer)}
                  </p>
                  <p>
                    <span className="font-medium">Right answer:</span> {q.answers.join("; ")}
                  </p>
                  <EvidenceList evidence={q.evidence} articleTitles={titles} />
                </li>
              );
            })}
          </ol>
        </>
      ) : (
        <div className="mt-8 rounded-lg border border-dashed border-slate-300 p-6 text-center dark:border-slate-700">
          <p className="font-semibold">Nothing to review here.</p>
          <p className="mt-1 text-slate-600 dark:text-slate-300">
            Questions you miss in quizzes appear here until you answer them right.
          </p>
          <ButtonLink href="/quiz" className="mt-3 inline-block">
            Take a quiz
          </ButtonLink>
        </div>
      )}
    </div>
  );
}

// The review list: every question whose latest answer by this learner was wrong.
import type { Db } from "./client";
import { responseAnswer, setOptions } from "./codecs";
import { resultsWithheld } from "../teach";

/** questionHash: the version that was answered, so the review shows it as the learner saw it. */
export type MissedQuestion = {
  questionId: string;
  questionHash: string | null;
  answer: unknown;
  answeredAt: Date;
  assignmentId: string | null;
};

export async function missedQuestions(
  db: Db,
  userId: string,
  filter: { assignmentId?: string },
  now: Date,
): Promise<MissedQuestion[]> {
  const rows = await db.response.findMany({
    where: { attempt: { userId } },
    orderBy: { answeredAt: "desc" },
    select: {
      questionId: true,
      questionHash: true,
      answer: true,
      answeredAt: true,
      correct: true,
      attempt: {
        select: {
          assignmentId: true,
          mode: true,
          assignment: { select: { dueAt: true, set: { select: { options: true } } } },
        },
      },
    },
  });
  const latest = new Map<string, (typeof rows)[number]>();
  for (const r of rows) if (!latest.has(r.questionId)) latest.set(r.questionId, r);
  return (
    [...latest.values()]
      .filter((r) => !r.correct)
      // Answers to an assignment whose feedback waits for the due date stay out of review until then.
      .filter(
        (r) =>
          !(
            r.attempt.mode === "assignment" &&
            r.attempt.assignment &&
            resultsWithheld(setOptions.decode(r.attempt.assignment.set.options), r.attempt.assignment.dueAt, now)
          ),
      )
      .filter((r) => !filter.assignmentId || r.attempt.assignmentId === filter.assignmentId)
      .map((r) => ({
        questionId: r.questionId,
        questionHash: r.questionHash,
        answer: responseAnswer.decode(r.answer, r.questionId),
        answeredAt: r.answeredAt,
        assignmentId: r.attempt.assignmentId,
      }))
  );
}

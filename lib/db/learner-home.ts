// What a learner's home and "My assignments" page need beyond the lists in assignments.ts: the quiz they
// left unfinished, and the result of each assignment they handed in, where their teacher allows it.
import type { Db } from "./client";
import { attemptQuestionIds, setOptions } from "./codecs";
import { resultsWithheld } from "../teach";
import { attemptScore, isFinished } from "../domain/attempt";

export type UnfinishedQuiz = { attemptId: string; answered: number; total: number; startedAt: Date };

/** The latest practice or retry quiz started and not finished (assignments have their own list). */
export async function latestUnfinishedQuiz(db: Db, userId: string): Promise<UnfinishedQuiz | null> {
  const rows = await db.attempt.findMany({
    where: { userId, finishedAt: null, assignmentId: null },
    orderBy: { startedAt: "desc" },
    take: 5,
    select: { id: true, questionIds: true, startedAt: true, responses: { select: { questionId: true } } },
  });
  for (const row of rows) {
    const total = attemptQuestionIds.decode(row.questionIds, row.id).length;
    if (!isFinished({ finishedAt: null, answered: row.responses.length, questionCount: total }))
      return { attemptId: row.id, answered: row.responses.length, total, startedAt: row.startedAt };
  }
  return null;
}

/** A handed-in assignment's score, or null while its teacher holds results back until the due date. */
export type AssignmentResult = { attemptId: string; right: number; total: number; percent: number } | null;

export async function assignmentResults(
  db: Db,
  userId: string,
  attemptIds: readonly string[],
  now: Date,
): Promise<Map<string, AssignmentResult>> {
  if (attemptIds.length === 0) return new Map();
  const rows = await db.attempt.findMany({
    where: { id: { in: [...attemptIds] }, userId },
    select: {
      id: true,
      questionIds: true,
      responses: { select: { correct: true, score: true } },
      assignment: { select: { dueAt: true, set: { select: { options: true } } } },
    },
  });
  const out = new Map<string, AssignmentResult>();
  for (const row of rows) {
    const withheld = row.assignment
      ? resultsWithheld(setOptions.decode(row.assignment.set.options), row.assignment.dueAt, now)
      : false;
    const questionIds = attemptQuestionIds.decode(row.questionIds, row.id);
    const total = questionIds.length;
    const { right, percent } = attemptScore({ questionIds, responses: row.responses });
    out.set(row.id, withheld ? null : { attemptId: row.id, right, total, percent });
  }
  return out;
}

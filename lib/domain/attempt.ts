// The three rules about a quiz attempt that pages, reports and use cases all show: when it is finished,
// what it scored, and whether it is late. Written once here so the learner's and the teacher's views agree.

/** What the rules read of an attempt: the questions it holds and the answers given so far. */
export type AttemptFacts = {
  questionIds: readonly string[];
  finishedAt: Date | null;
  responses: readonly { score: number; correct: boolean }[];
};

/**
 * Finished: ended by the learner or the clock, or every question answered. The second half holds even when
 * the write that sets finishedAt was lost (a crash between storing the last answer and closing the attempt).
 */
export function isFinished(a: { finishedAt: Date | null; answered: number; questionCount: number }): boolean {
  return a.finishedAt !== null || (a.answered > 0 && a.answered >= a.questionCount);
}

/** When the attempt finished: its finishedAt, else its last answer once every question has one, else null. */
export function finishedAt(a: {
  finishedAt: Date | null;
  questionIds: readonly string[];
  answeredAt: readonly Date[];
}): Date | null {
  if (a.finishedAt) return a.finishedAt;
  if (!isFinished({ finishedAt: null, answered: a.answeredAt.length, questionCount: a.questionIds.length }))
    return null;
  return new Date(Math.max(...a.answeredAt.map((d) => d.getTime())));
}

/**
 * The score: the credit of every answer (partial credit included) over the number of questions in the attempt,
 * so an unanswered question counts as no credit.
 */
export function attemptScore(a: Pick<AttemptFacts, "questionIds" | "responses">): {
  score: number;
  right: number;
  percent: number;
} {
  const points = a.responses.reduce((sum, r) => sum + r.score, 0);
  const count = a.questionIds.length;
  const score = count ? points / count : 0;
  return { score, right: a.responses.filter((r) => r.correct).length, percent: Math.round(score * 100) };
}

/**
 * Late: handed in after the due date, or not handed in while the due date has passed. `finishedAt` is null for
 * work not handed in (an open attempt or none at all).
 */
export function isLate(finished: Date | null, dueAt: Date, now: Date): boolean {
  return finished ? finished > dueAt : now > dueAt;
}

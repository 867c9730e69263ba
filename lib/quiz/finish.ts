// Finishing a quiz early: what was answered counts, the rest is unanswered.
import type { Db } from "../db/client";
import { finishAttempt, getOwnAttempt } from "../db/attempts";

/** Closes the learner's own attempt (anyone else's looks missing); a finished one stays as it was. */
export async function finishQuiz(db: Db, userId: string, attemptId: string, now: Date): Promise<void> {
  await getOwnAttempt(db, attemptId, userId);
  await finishAttempt(db, attemptId, userId, now);
}

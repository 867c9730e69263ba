// Retrying what was missed: a quiz of the questions whose latest answer was wrong (with the review page's filters).
import type { Db } from "../db/client";
import { createAttempt } from "../db/attempts";
import { missedQuestions } from "../db/review";
import { loadLearnerBank } from "../db/questions";
import { teachersOf } from "../db/reader-scope";
import { TOPIC_GROUPS } from "../questions/topic-groups";
import { shuffle } from "../questions/random";
import { DomainError } from "../domain/errors";
import type { RetryMissedInput } from "./schema";

/** The most questions one retry quiz holds; the rest stay on the review list. */
export const MAX_RETRY = 20;

/** Makes the attempt and returns its id; refused when nothing servable was missed. */
export async function retryMissed(
  db: Db,
  userId: string,
  { group, assignmentId }: RetryMissedInput,
  now: Date,
  seed: number,
): Promise<string> {
  const topics = TOPIC_GROUPS.find((g) => g.id === group)?.topics;
  const servable = new Map((await loadLearnerBank(db, await teachersOf(db, userId))).map((q) => [q.id, q]));
  const missed = (await missedQuestions(db, userId, { assignmentId }, now)).flatMap((m) => {
    const q = servable.get(m.questionId);
    return q && (!topics || topics.includes(q.topic)) ? [q.id] : [];
  });
  if (missed.length === 0) throw new DomainError("Nothing to retry: you have no missed questions here.");
  return createAttempt(db, {
    userId,
    questionIds: shuffle(missed, seed).slice(0, MAX_RETRY),
    mode: "retry",
    config: { group, assignmentId, seed },
    now,
  });
}

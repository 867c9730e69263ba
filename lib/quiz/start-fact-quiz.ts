// "Quiz me on this": a short practice quiz of the questions made from one fact.
import type { Db } from "../db/client";
import { createAttempt } from "../db/attempts";
import { questionsOnFact } from "../db/facts";
import { pickFactQuiz } from "../aids";
import { DomainError } from "../domain/errors";

/**
 * Makes the attempt and returns its id. `learner` is asked for only once the quiz can start, so a fact
 * with no questions does not make a guest session for nothing.
 */
export async function startFactQuiz(
  db: Db,
  learner: () => Promise<{ id: string }>,
  factId: string,
  now: Date,
  seed: number,
): Promise<string> {
  const questions = await questionsOnFact(db, factId);
  if (questions.length === 0) {
    throw new DomainError(
      "There are no questions on this fact yet. Try another one, or start a quiz from the Quiz page.",
      {
        factId: ["No questions are made from this fact yet."],
      },
    );
  }
  const { id: userId } = await learner();
  const questionIds = pickFactQuiz(questions, seed);
  return createAttempt(db, {
    userId,
    questionIds,
    mode: "practice",
    config: { factId, length: questionIds.length, seed },
    now,
  });
}

// Starting a practice quiz: questions from the learner's servable bank, in the chosen topic group and kinds.
import type { Db } from "../db/client";
import { createAttempt } from "../db/attempts";
import { loadServableBank } from "../db/questions";
import { teachersOf } from "../db/reader-scope";
import { assembleQuiz, DEFAULT_BLUEPRINT } from "../questions";
import { TOPIC_GROUPS } from "../questions/topic-groups";
import { DomainError } from "../domain/errors";
import type { StartQuizInput } from "./schema";

/** Makes the attempt and returns its id; refused when no question matches the choice. */
export async function startPracticeQuiz(
  db: Db,
  userId: string,
  { group, length, kinds }: StartQuizInput,
  now: Date,
  seed: number,
): Promise<string> {
  const topics = TOPIC_GROUPS.find((g) => g.id === group)?.topics;
  const bank = (await loadServableBank(db, { hiddenBy: await teachersOf(db, userId) })).filter(
    (q) => !topics || topics.includes(q.topic),
  );
  // A teacher's mix (blueprint.ts): mostly choice on positions, motives and terms, little true/false.
  const quiz = assembleQuiz(
    bank,
    { topic: "mixed", kinds: kinds.length ? kinds : undefined, length, seed },
    DEFAULT_BLUEPRINT,
  );
  if (quiz.length === 0) {
    throw new DomainError("No questions match that choice. Try another topic or more question kinds.", {
      kinds: ["No questions of these kinds in this topic."],
    });
  }
  return createAttempt(db, {
    userId,
    questionIds: quiz.map((q) => q.id),
    mode: "practice",
    config: { group, length, kinds, seed },
    now,
  });
}

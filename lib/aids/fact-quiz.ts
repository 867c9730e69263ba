// Choosing the questions for "Quiz me on this": a short quiz about one fact.
import { shuffle, type Seed } from "../questions/random";

/** The most questions a fact's quiz holds: enough to test it, short enough to finish. */
export const FACT_QUIZ_LENGTH = 5;

/** A servable question on the fact, and how many facts it is about in all. */
export type FactQuestion = { id: string; factCount: number };

/**
 * Up to FACT_QUIZ_LENGTH question ids in a seeded order. Questions about this
 * fact alone come first; those that also test other facts (an ordering of
 * several summits) only fill the quiz up.
 */
export function pickFactQuiz(questions: readonly FactQuestion[], seed: Seed): string[] {
  return shuffle(questions, seed)
    .sort((a, b) => Number(a.factCount > 1) - Number(b.factCount > 1))
    .slice(0, FACT_QUIZ_LENGTH)
    .map((q) => q.id);
}

// The score of a learner who answers at random, per question, computed exactly
// from the question's structure and the real grader's partial credit.
import { gradeAnswer } from "../grade";
import { MATCH_ARROW, type Question } from "../schema";

/** Every ordering of a list (for the few items an ordering question has). */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

/** Past this many items, orderings and subsets are not enumerated; the closed forms are used. */
const ENUMERATE_UP_TO = 8;

/**
 * Expected score of a random answer: one option at random for single-answer kinds,
 * a coin for true/false, a random subset (each option in with probability ½) for
 * select-all, a random order for ordering, a random right for each left in matching.
 * A typed answer cannot be guessed: 0.
 */
export function chanceScore(q: Question): number {
  switch (q.kind) {
    case "single-choice":
    case "date":
    case "evidence":
      return q.choices.length === 0 ? 0 : q.answers.length / q.choices.length;
    case "true-false":
      return 0.5;
    case "cloze":
      return 0;
    case "multi-select": {
      const n = q.choices.length;
      if (n > ENUMERATE_UP_TO * 2) return 0;
      let total = 0;
      for (let mask = 0; mask < 1 << n; mask++) {
        const choices = q.choices.filter((_, i) => (mask >> i) & 1);
        total += gradeAnswer(q, { kind: "multi-select", choices }).score;
      }
      return total / (1 << n);
    }
    case "ordering": {
      if (q.choices.length > ENUMERATE_UP_TO) return 0.5;
      const all = permutations(q.choices);
      return all.reduce((sum, order) => sum + gradeAnswer(q, { kind: "ordering", order }).score, 0) / all.length;
    }
    case "matching": {
      // Each left's one right is found with probability 1/|right|, independently.
      const lefts = q.answers.map((a) => a.split(MATCH_ARROW)[0]);
      return lefts.length === 0 || q.right.length === 0 ? 0 : 1 / q.right.length;
    }
  }
}

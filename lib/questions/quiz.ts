// A quiz drawn from the bank: kinds taken in turn, and no two questions about the
// same fact, nor two that give each other away, while others remain, so a short quiz
// covers as much as it can and no item answers another.
import { partCounts, partOf, type Blueprint } from "./blueprint";
import { clash } from "./lint/giveaway";
import { shuffle } from "./random";
import { quizOptionsSchema, type Question, type QuestionKind, type QuizOptions } from "./schema";

/**
 * Picks `length` questions (fewer if the bank runs out). Same bank, options and seed,
 * same quiz. Kinds rotate in a seeded order; each turn takes the next question of that
 * kind whose facts are all still unused, and only when none is left anywhere are
 * facts reused (never a question).
 */
export function assembleQuiz(bank: readonly Question[], options: QuizOptions, blueprint?: Blueprint): Question[] {
  const opts = quizOptionsSchema.parse(options);
  const only = opts.onlyIds === undefined ? undefined : new Set(opts.onlyIds);
  const excluded = new Set(opts.excludeIds);
  const pool = bank.filter(
    (q) =>
      (only === undefined || only.has(q.id)) &&
      !excluded.has(q.id) &&
      (opts.topic === "mixed" || q.topic === opts.topic) &&
      (opts.kinds === undefined || opts.kinds.includes(q.kind)) &&
      opts.statuses.includes(q.status),
  );
  const shuffled = shuffle(
    [...pool].sort((a, b) => (a.id < b.id ? -1 : 1)),
    opts.seed,
  );
  if (blueprint !== undefined) return assembleToBlueprint(shuffled, opts.length, opts.seed, blueprint);
  const byKind = new Map<QuestionKind, Question[]>();
  for (const q of shuffled) {
    const list = byKind.get(q.kind) ?? [];
    list.push(q);
    byKind.set(q.kind, list);
  }
  const kinds = shuffle([...byKind.keys()].sort(), `${opts.seed}|kinds`);
  const usedFacts = new Set<string>();
  const usedQuestions = new Set<string>();
  const quiz: Question[] = [];
  // Pass 0 takes questions on unused facts that give away none of the quiz so far (an "enemy",
  // lint/giveaway.ts); pass 1 reuses facts; only pass 2, for a bank that has nothing else, takes enemies.
  const fits = (q: Question, pass: number) =>
    !usedQuestions.has(q.id) &&
    (pass > 0 || q.factIds.every((f) => !usedFacts.has(f))) &&
    (pass > 1 || !quiz.some((p) => clash(p, q)));
  const take = (q: Question) => {
    quiz.push(q);
    usedQuestions.add(q.id);
    for (const f of q.factIds) usedFacts.add(f);
  };

  for (const pass of [0, 1, 2]) {
    let progress = true;
    while (quiz.length < opts.length && progress) {
      progress = false;
      for (const kind of kinds) {
        if (quiz.length >= opts.length) break;
        const candidates = byKind.get(kind) ?? [];
        const next = candidates.find((q) => fits(q, pass));
        if (next) {
          take(next);
          progress = true;
        }
      }
    }
  }
  return quiz;
}

/**
 * A quiz mixed to a blueprint: each part gets its places (blueprint.ts), filled with
 * questions on facts not yet used where it can, then any of its questions; parts take
 * turns so the kinds interleave. Questions that fit no part are not served.
 */
function assembleToBlueprint(shuffled: readonly Question[], length: number, seed: number, blueprint: Blueprint) {
  const parts = blueprint.map(() => [] as Question[]);
  for (const q of shuffled) parts[partOf(q, blueprint)]?.push(q);
  const quotas = partCounts(
    blueprint,
    parts.map((p) => p.length),
    length,
  );
  const order = shuffle(
    blueprint.map((_, i) => i),
    `${seed}|parts`,
  );
  const quiz: Question[] = [];
  const usedFacts = new Set<string>();
  const taken = new Set<string>();
  // The heaviest parts take the places a lighter part's enemies leave; a part weighted 0 never serves.
  const byWeight = blueprint
    .map((_, i) => i)
    .filter((i) => blueprint[i]!.weight > 0)
    .sort((a, b) => blueprint[b]!.weight - blueprint[a]!.weight || a - b);
  // Passes 0 and 1 keep to the parts' places (fresh facts, then any); where a part's items would
  // give away the quiz's, pass 2 lets another part fill the place, and only pass 3 takes an enemy.
  for (const pass of [0, 1, 2, 3]) {
    let progress = true;
    while (progress && quiz.length < length) {
      progress = false;
      for (const i of pass < 2 ? order : byWeight) {
        if (quiz.length >= length) break;
        if (pass < 2 && quiz.filter((q) => partOf(q, blueprint) === i).length >= quotas[i]!) continue;
        const next = parts[i]!.find(
          (q) =>
            !taken.has(q.id) &&
            (pass > 0 || q.factIds.every((f) => !usedFacts.has(f))) &&
            (pass > 2 || !quiz.some((p) => clash(p, q))),
        );
        if (next === undefined) continue;
        quiz.push(next);
        taken.add(next.id);
        for (const f of next.factIds) usedFacts.add(f);
        progress = true;
      }
    }
  }
  return quiz;
}

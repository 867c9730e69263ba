// A quiz drawn from the bank: kinds taken in turn, and no two questions about the
// same fact while unused facts remain, so a short quiz covers as much as it can.
import { partCounts, partOf, type Blueprint } from "./blueprint";
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
  const fresh = (q: Question) => !usedQuestions.has(q.id) && q.factIds.every((f) => !usedFacts.has(f));
  const take = (q: Question) => {
    quiz.push(q);
    usedQuestions.add(q.id);
    for (const f of q.factIds) usedFacts.add(f);
  };

  for (const allowReuse of [false, true]) {
    let progress = true;
    while (quiz.length < opts.length && progress) {
      progress = false;
      for (const kind of kinds) {
        if (quiz.length >= opts.length) break;
        const candidates = byKind.get(kind) ?? [];
        const next = candidates.find((q) => (allowReuse ? !usedQuestions.has(q.id) : fresh(q)));
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
  for (const allowReuse of [false, true]) {
    let progress = true;
    while (progress) {
      progress = false;
      for (const i of order) {
        if (quiz.filter((q) => partOf(q, blueprint) === i).length >= quotas[i]!) continue;
        const next = parts[i]!.find(
          (q) => !taken.has(q.id) && (allowReuse || q.factIds.every((f) => !usedFacts.has(f))),
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

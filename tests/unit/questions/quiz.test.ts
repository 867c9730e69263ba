import { describe, expect, it } from "vitest";
import { assembleQuiz, buildBank } from "@/lib/questions";
import { DEFAULT_BLUEPRINT } from "@/lib/questions/blueprint";
import { clash } from "@/lib/questions/lint";
import { fixtureCorpus } from "../../fixtures/questions-corpus";
import { idOf } from "../../fixtures/question-keys";

// The generators' drafts (every candidate), so each kind's behaviour can be checked; the chosen bank is tested in bank-quality.
const bank = buildBank(fixtureCorpus()).candidates;

describe("assembleQuiz", () => {
  it("gives the same quiz for the same seed, and another for another seed", () => {
    const a = assembleQuiz(bank, { length: 8, seed: 42 });
    expect(assembleQuiz(bank, { length: 8, seed: 42 })).toEqual(a);
    expect(assembleQuiz(bank, { length: 8, seed: 43 }).map((q) => q.id)).not.toEqual(a.map((q) => q.id));
  });

  it("never asks twice about the same fact in a short quiz", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const quiz = assembleQuiz(bank, { length: 8, seed });
      expect(quiz).toHaveLength(8);
      const facts = quiz.flatMap((q) => q.factIds);
      expect(new Set(facts).size, `seed ${seed}`).toBe(facts.length);
    }
  });

  it("never puts two items that give each other away in one quiz while others remain", () => {
    // The drafts are full of such pairs (a summit's place asked beside a stem that names it).
    const pairs = bank.flatMap((a) => bank.filter((b) => a.id < b.id && clash(a, b)).map((b) => [a, b]));
    expect(pairs.length).toBeGreaterThan(5);
    for (const seed of [1, 2, 3, 4, 5]) {
      for (const quiz of [
        assembleQuiz(bank, { length: 8, seed }),
        assembleQuiz(bank, { length: 8, seed }, DEFAULT_BLUEPRINT),
      ]) {
        expect(quiz.length).toBe(8);
        const enemies = quiz.flatMap((a) =>
          quiz.filter((b) => a.id < b.id && clash(a, b)).map((b) => `${a.id}~${b.id}`),
        );
        expect(enemies, `seed ${seed}`).toEqual([]);
      }
    }
  });

  it("mixes kinds", () => {
    const quiz = assembleQuiz(bank, { length: 8, seed: 7 });
    expect(new Set(quiz.map((q) => q.kind)).size).toBeGreaterThanOrEqual(5);
  });

  it("keeps to a topic, kinds, exclusions and a teacher's list", () => {
    const summit = assembleQuiz(bank, { topic: "summit", length: 5, seed: 1 });
    expect(summit.every((q) => q.topic === "summit")).toBe(true);
    const tf = assembleQuiz(bank, { kinds: ["true-false"], length: 4, seed: 1 });
    expect(tf.every((q) => q.kind === "true-false")).toBe(true);
    const excluded = summit.map((q) => q.id);
    expect(
      assembleQuiz(bank, { topic: "summit", length: 5, seed: 1, excludeIds: excluded }).some((q) =>
        excluded.includes(q.id),
      ),
    ).toBe(false);
    const only = [idOf(bank, "sochi-talks--single-choice-place"), idOf(bank, "tehran-summit--date-date")];
    expect(
      assembleQuiz(bank, { length: 10, seed: 1, onlyIds: only })
        .map((q) => q.id)
        .sort(),
    ).toEqual(only);
  });

  it("serves reviewed questions unless proposed ones are asked for", () => {
    expect(assembleQuiz(bank, { length: 200, seed: 1 }).some((q) => q.status === "proposed")).toBe(false);
    expect(
      assembleQuiz(bank, { length: 200, seed: 1, statuses: ["reviewed", "proposed"] }).some(
        (q) => q.status === "proposed",
      ),
    ).toBe(true);
  });

  it("reuses facts only once every fact is used, and never repeats a question", () => {
    const quiz = assembleQuiz(bank, { length: 60, seed: 9 });
    expect(new Set(quiz.map((q) => q.id)).size).toBe(quiz.length);
  });
});

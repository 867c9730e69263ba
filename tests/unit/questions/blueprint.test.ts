import { describe, expect, it } from "vitest";
import { assembleQuiz, buildBank } from "@/lib/questions";
import { DEFAULT_BLUEPRINT, partCounts, partOf, type Blueprint } from "@/lib/questions/blueprint";
import { fixtureCorpus } from "../../fixtures/questions-corpus";

const bank = buildBank(fixtureCorpus()).candidates;

describe("partCounts", () => {
  it("shares places by weight, largest remainders first", () => {
    const parts: Blueprint = [
      { label: "A", kinds: ["single-choice"], weight: 50 },
      { label: "B", kinds: ["cloze"], weight: 30 },
      { label: "C", kinds: ["matching"], weight: 20 },
    ];
    expect(partCounts(parts, [99, 99, 99], 10)).toEqual([5, 3, 2]);
    expect(partCounts(parts, [99, 99, 99], 4)).toEqual([2, 1, 1]);
  });

  it("passes the places a part cannot fill to the others, and gives none to a part of weight 0", () => {
    const parts: Blueprint = [
      { label: "A", kinds: ["single-choice"], weight: 50 },
      { label: "B", kinds: ["cloze"], weight: 50 },
      { label: "C", kinds: ["true-false"], weight: 0 },
    ];
    expect(partCounts(parts, [2, 99, 99], 10)).toEqual([2, 8, 0]);
    expect(partCounts(parts, [2, 3, 99], 10)).toEqual([2, 3, 0]);
  });
});

describe("assembleQuiz with a blueprint", () => {
  it("mixes a default quiz the way the blueprint says, same seed same quiz", () => {
    const quiz = assembleQuiz(bank, { length: 10, seed: 3 }, DEFAULT_BLUEPRINT);
    expect(quiz).toHaveLength(10);
    expect(assembleQuiz(bank, { length: 10, seed: 3 }, DEFAULT_BLUEPRINT)).toEqual(quiz);
    const trueFalse = quiz.filter((q) => q.kind === "true-false").length;
    const choice = quiz.filter((q) => q.kind === "single-choice" || q.kind === "multi-select").length;
    expect(trueFalse).toBeLessThanOrEqual(1);
    expect(choice).toBeGreaterThanOrEqual(4);
    expect(new Set(quiz.map((q) => q.id)).size).toBe(10);
  });

  it("serves only the parts a teacher keeps", () => {
    const onlyMatchingAndCloze: Blueprint = DEFAULT_BLUEPRINT.map((p) => ({
      ...p,
      weight: p.kinds.includes("matching") || p.kinds.includes("cloze") ? p.weight : 0,
    }));
    const quiz = assembleQuiz(bank, { length: 6, seed: 1 }, onlyMatchingAndCloze);
    expect(quiz.length).toBeGreaterThan(0);
    expect(quiz.every((q) => ["matching", "cloze", "date"].includes(q.kind))).toBe(true);
  });

  it("files an item under its first fitting part, so source comparisons are not counted as plain choice", () => {
    const source = bank.find((q) => q.aim === "source");
    if (source) expect(DEFAULT_BLUEPRINT[partOf(source, DEFAULT_BLUEPRINT)]!.label).toBe("Source comparison");
    const recall = bank.find((q) => q.kind === "single-choice" && (q.aim ?? "recall") === "recall")!;
    expect(DEFAULT_BLUEPRINT[partOf(recall, DEFAULT_BLUEPRINT)]!.label).toBe("Multiple choice");
  });
});

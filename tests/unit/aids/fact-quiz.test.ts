import { describe, expect, it } from "vitest";
import { FACT_QUIZ_LENGTH, pickFactQuiz } from "@/lib/aids";

const questions = [
  { id: "ordering-of-summits", factCount: 4 },
  ...Array.from({ length: 7 }, (_, i) => ({ id: `only-this-${i}`, factCount: 1 })),
  { id: "matching-of-leaders", factCount: 3 },
];

describe("pickFactQuiz", () => {
  it("holds at most five questions, those about the fact alone first", () => {
    const picked = pickFactQuiz(questions, 42);
    expect(picked).toHaveLength(FACT_QUIZ_LENGTH);
    expect(picked.every((id) => id.startsWith("only-this-"))).toBe(true);
  });

  it("fills up with questions on several facts when the fact has few of its own", () => {
    const picked = pickFactQuiz(
      [
        { id: "shared", factCount: 2 },
        { id: "own", factCount: 1 },
      ],
      7,
    );
    expect(picked).toEqual(["own", "shared"]);
  });

  it("is the same for the same seed and shuffles for another", () => {
    expect(pickFactQuiz(questions, 1)).toEqual(pickFactQuiz(questions, 1));
    const orders = new Set([1, 2, 3, 4, 5].map((seed) => pickFactQuiz(questions, seed).join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it("is empty for a fact without questions", () => {
    expect(pickFactQuiz([], 1)).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { attemptScore, finishedAt, isFinished, isLate } from "@/lib/domain/attempt";

const due = new Date("2026-03-08T17:00:00Z");
const before = new Date("2026-03-08T10:00:00Z");
const after = new Date("2026-03-09T10:00:00Z");

describe("attempt rules", () => {
  it("counts an attempt with every question answered as finished, even without its finishing write", () => {
    expect(isFinished({ finishedAt: null, answered: 2, questionCount: 2 })).toBe(true);
    expect(isFinished({ finishedAt: null, answered: 1, questionCount: 2 })).toBe(false);
    expect(isFinished({ finishedAt: null, answered: 0, questionCount: 0 })).toBe(false);
    expect(isFinished({ finishedAt: before, answered: 0, questionCount: 2 })).toBe(true);
    expect(finishedAt({ finishedAt: null, questionIds: ["a", "b"], answeredAt: [after, before] })).toEqual(after);
    expect(finishedAt({ finishedAt: null, questionIds: ["a", "b"], answeredAt: [before] })).toBeNull();
  });

  it("scores partial credit over every question asked, unanswered ones as zero", () => {
    const responses = [
      { score: 1, correct: true },
      { score: 0.5, correct: false },
    ];
    expect(attemptScore({ questionIds: ["a", "b", "c", "d"], responses })).toEqual({
      score: 0.375,
      right: 1,
      percent: 38,
    });
    expect(attemptScore({ questionIds: [], responses: [] }).score).toBe(0);
  });

  it("calls work late when handed in after the due date, or not handed in once it has passed", () => {
    expect(isLate(before, due, after)).toBe(false);
    expect(isLate(after, due, after)).toBe(true);
    expect(isLate(null, due, before)).toBe(false);
    expect(isLate(null, due, after)).toBe(true);
  });
});

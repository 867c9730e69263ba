import { describe, expect, it } from "vitest";
import {
  analyzeItems,
  describeDiscrimination,
  describeItem,
  groupSize,
  likelyMisconception,
  MIN_TAKERS_TO_JUDGE,
  type ItemResponse,
  type LearnerScore,
} from "@/lib/teach";

const right = (answerText = "Russia"): ItemResponse => ({ correct: true, score: 1, answerText });
const wrong = (answerText: string): ItemResponse => ({ correct: false, score: 0, answerText });

function learner(id: string, total: number, responses: Record<string, ItemResponse>): LearnerScore {
  return { learnerId: id, total, responses: new Map(Object.entries(responses)) };
}

describe("facility", () => {
  it("is the share of learners who got the question right; an unanswered question counts as not right", () => {
    const scores = [
      learner("a", 1, { q1: right() }),
      learner("b", 0.5, { q1: wrong("Iran") }),
      learner("c", 0, {}),
      learner("d", 1, { q1: right() }),
    ];
    const [q1] = analyzeItems(["q1"], scores);
    expect(q1).toMatchObject({ takers: 4, answered: 3, right: 2, facility: 0.5 });
  });

  it("is null when nobody has submitted", () => {
    expect(analyzeItems(["q1"], [])[0]).toMatchObject({
      takers: 0,
      facility: null,
      discrimination: null,
      commonWrong: null,
    });
  });

  it("only counts learners whose attempt had the question", () => {
    const scores = [
      { ...learner("a", 1, { q1: right() }), asked: new Set(["q1"]) },
      { ...learner("b", 0, {}), asked: new Set(["q2"]) },
    ];
    expect(analyzeItems(["q1"], scores)[0]).toMatchObject({ takers: 1, facility: 1 });
  });
});

describe("discrimination (Kelley's upper and lower 27%)", () => {
  it("uses groups of round(27% of takers), at least one learner", () => {
    expect(groupSize(1)).toBe(1);
    expect(groupSize(10)).toBe(3);
    expect(groupSize(11)).toBe(3);
    expect(groupSize(100)).toBe(27);
  });

  it("is (right in the upper group - right in the lower group) / group size", () => {
    // Ten learners ranked by total: the top three all right, the bottom three one right.
    const totals = [0.95, 0.9, 0.85, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1];
    const correct = [true, true, true, false, true, false, true, true, false, false];
    const scores = totals.map((t, i) => learner(`l${i}`, t, { q1: correct[i] ? right() : wrong("Iran") }));
    const [q1] = analyzeItems(["q1"], scores);
    expect(q1).toMatchObject({ groupSize: 3, upperRight: 3, lowerRight: 1 });
    expect(q1?.discrimination).toBeCloseTo(2 / 3);
    expect(describeDiscrimination(q1?.discrimination ?? null)).toBe("very good");
  });

  it("is negative when weaker learners do better, and null with a single taker", () => {
    const scores = [learner("strong", 1, { q1: wrong("Iran") }), learner("weak", 0.2, { q1: right() })];
    expect(analyzeItems(["q1"], scores)[0]?.discrimination).toBe(-1);
    expect(analyzeItems(["q1"], [learner("solo", 1, { q1: right() })])[0]?.discrimination).toBeNull();
  });

  it("breaks ties in total score by learner id, so the same data always gives the same groups", () => {
    const a = [learner("b", 0.5, { q1: right() }), learner("a", 0.5, { q1: wrong("x") }), learner("c", 0.5, {})];
    const b = [...a].reverse();
    expect(analyzeItems(["q1"], a)).toEqual(analyzeItems(["q1"], b));
  });
});

describe("most common wrong answer", () => {
  it("is the wrong answer given most often, ties broken alphabetically", () => {
    const scores = [
      learner("a", 0, { q1: wrong("Iran") }),
      learner("b", 0, { q1: wrong("Turkey") }),
      learner("c", 0, { q1: wrong("Turkey") }),
      learner("d", 0, { q1: wrong("Iran") }),
      learner("e", 0, { q1: wrong("Qatar") }),
      learner("f", 1, { q1: right() }),
    ];
    expect(analyzeItems(["q1"], scores)[0]?.commonWrong).toEqual({ answer: "Iran", count: 2 });
  });
});

describe("likely misconception", () => {
  it("is named when the class converges on one wrong answer, not when wrong answers scatter", () => {
    const converged = [
      learner("a", 0, { q1: wrong("Iran") }),
      learner("b", 0, { q1: wrong("Iran") }),
      learner("c", 0, { q1: wrong("Qatar") }),
      learner("d", 1, { q1: right() }),
    ];
    expect(likelyMisconception(analyzeItems(["q1"], converged)[0]!)).toEqual({ answer: "Iran", count: 2, wrong: 3 });
    const scattered = [
      learner("a", 0, { q1: wrong("Iran") }),
      learner("b", 0, { q1: wrong("Iran") }),
      learner("c", 0, { q1: wrong("Qatar") }),
      learner("d", 0, { q1: wrong("Turkey") }),
      learner("e", 0, { q1: wrong("Germany") }),
    ];
    expect(likelyMisconception(analyzeItems(["q1"], scattered)[0]!)).toBeNull();
    const lone = [learner("a", 0, { q1: wrong("Iran") }), learner("b", 1, { q1: right() })];
    expect(likelyMisconception(analyzeItems(["q1"], lone)[0]!)).toBeNull();
  });
});

describe("what the results page says about an item", () => {
  const ten = [0.95, 0.9, 0.85, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1];

  it("says there are too few answers to judge below the minimum, however the two learners did", () => {
    // Two learners: the stronger right, the weaker wrong gives D = 1, which would read "very good".
    const [q1] = analyzeItems(["q1"], [learner("a", 1, { q1: right() }), learner("b", 0, { q1: wrong("Iran") })]);
    expect(q1?.discrimination).toBe(1);
    expect(describeItem(q1!)).toMatch(/^too few answers to judge/);
    expect(describeItem(q1!)).not.toMatch(/very good|poor/);
  });

  it("judges by D once the minimum is reached", () => {
    const scores = ten
      .slice(0, MIN_TAKERS_TO_JUDGE)
      .map((t, i) => learner(`l${i}`, t, { q1: i < 2 ? right() : wrong("Iran") }));
    const [q1] = analyzeItems(["q1"], scores);
    expect(q1?.discrimination).toBe(1);
    expect(describeItem(q1!)).toBe("very good");
  });

  it("does not call an item everyone got right poor: its discrimination is undefined", () => {
    const [q1] = analyzeItems(
      ["q1"],
      ten.map((t, i) => learner(`l${i}`, t, { q1: right() })),
    );
    expect(q1).toMatchObject({ facility: 1, discrimination: null });
    expect(describeItem(q1!)).toBe("everyone got it right, so it tells no one apart");
    expect(describeItem(q1!)).not.toMatch(/poor/);
  });

  it("says so when nobody got it right rather than rating its discrimination", () => {
    const [q1] = analyzeItems(
      ["q1"],
      ten.map((t, i) => learner(`l${i}`, t, { q1: wrong("Iran") })),
    );
    expect(q1).toMatchObject({ facility: 0, discrimination: null });
    expect(describeItem(q1!)).toMatch(/^nobody got it right/);
  });
});

import { describe, expect, it } from "vitest";
import {
  factStates,
  masteryBasis,
  masteryLabel,
  MIN_CARD_REPS,
  MIN_EVIDENCE,
  topicMastery,
  type AnswerEvent,
  type CardSnapshot,
} from "@/lib/progress";
import { newCardState, retrievability, scheduleReview } from "@/lib/srs";

const now = new Date("2026-03-02T09:00:00Z");
const minutesAgo = (n: number) => new Date(now.getTime() - n * 60_000);

const answer = (i: number, correct: boolean): AnswerEvent => ({
  questionId: `q${i}`,
  topic: "event",
  factIds: [`f${i}`],
  correct,
  score: correct ? 1 : 0,
  at: minutesAgo(i + 1),
});

/** A card after one self-rated "Easy", scheduled by the real FSRS scheduler. */
function oneEasyCard(): CardSnapshot {
  const reviewedAt = minutesAgo(30);
  const { card } = scheduleReview(newCardState(reviewedAt), 4, reviewedAt);
  return {
    factId: "f-card",
    topic: "event",
    retrievability: retrievability(card, now),
    reps: card.reps,
    lastReview: reviewedAt,
  };
}

const wellReviewed = (factId: string, r: number): CardSnapshot => ({
  factId,
  topic: "event",
  retrievability: r,
  reps: MIN_CARD_REPS,
  lastReview: minutesAgo(60),
});

describe("topicMastery", () => {
  it("does not let one 'Easy' flashcard lift 1 of 4 answers right to 63%", () => {
    const card = oneEasyCard();
    expect(card.reps).toBe(1);
    expect(card.retrievability).toBeGreaterThan(0.95);
    const answers = [answer(0, true), answer(1, false), answer(2, false), answer(3, false)];
    const m = topicMastery(["event"], answers, [card]);
    expect(m.recentCorrectRate).toBe(0.25);
    expect(m.mastery).toBe(0.25);
    expect(masteryLabel(m)).toBe("25%");
    expect(masteryBasis(m)).toBe(`Based on 4 answers. 1 flashcard counts once reviewed ${MIN_CARD_REPS} times.`);
  });

  it("shows no percentage for a topic with only one 'Easy' flashcard", () => {
    const m = topicMastery(["event"], [], [oneEasyCard()]);
    expect(m.mastery).toBeNull();
    expect(m.state).toBe("too-little");
    expect(masteryLabel(m)).toBe("not enough answers yet");
  });

  it("says 'not enough answers yet' below the minimum instead of a confident percentage", () => {
    const answers = Array.from({ length: MIN_EVIDENCE - 1 }, (_, i) => answer(i, true));
    const m = topicMastery(["event"], answers, []);
    expect(m.mastery).toBeNull();
    expect(masteryLabel(m)).toBe("not enough answers yet");
    expect(masteryBasis(m)).toBe(`Not enough answers yet: ${MIN_EVIDENCE - 1} answers so far, ${MIN_EVIDENCE} needed.`);
  });

  it("counts a well-reviewed flashcard as one more piece of evidence and names it", () => {
    const answers = [answer(0, true), answer(1, false), answer(2, false), answer(3, false)];
    const m = topicMastery(["event"], answers, [wellReviewed("f9", 0.8)]);
    expect(m.mastery).toBeCloseTo((1 + 0.8) / 5, 10);
    expect(masteryBasis(m)).toBe("Based on 4 answers and 1 flashcard.");
  });

  it("reports a topic with nothing as not started", () => {
    const m = topicMastery(
      ["event"],
      [answer(0, true)].map((a) => ({ ...a, topic: "figure" as const })),
      [],
    );
    expect(m.state).toBe("not-started");
    expect(masteryLabel(m)).toBe("not started");
  });
});

describe("factStates", () => {
  it("does not call a fact mastered after a single 'Easy' flashcard", () => {
    const card = { ...oneEasyCard(), factId: "f1" };
    expect(factStates(["f1"], [], [card])).toEqual({ mastered: [], learning: ["f1"], unseen: [] });
  });

  it("calls a fact mastered after its latest two answers were right", () => {
    const a = { ...answer(0, true), factIds: ["f1"] };
    const b = { ...answer(1, true), factIds: ["f1"] };
    expect(factStates(["f1", "f2"], [a, b], []).mastered).toEqual(["f1"]);
  });
});

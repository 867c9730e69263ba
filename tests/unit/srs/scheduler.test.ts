import { describe, expect, it } from "vitest";
import {
  cardStateFromRow,
  newCardState,
  previewDueDates,
  retrievability,
  reviewCardInputSchema,
  scheduleReview,
  CARD_PHASE,
  type CardState,
} from "@/lib/srs";

const now = new Date("2026-03-02T09:00:00Z");
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
const days = (from: Date, n: number) => new Date(from.getTime() + n * 86_400_000);

describe("scheduleReview", () => {
  it("schedules Good on a new card later than Again", () => {
    const card = newCardState(now);
    const again = scheduleReview(card, 1, now);
    const good = scheduleReview(card, 3, now);
    expect(again.card.due).toEqual(minutes(1));
    expect(good.card.due).toEqual(minutes(10));
    expect(good.card.due.getTime()).toBeGreaterThan(again.card.due.getTime());
  });

  it("orders the four ratings Again < Hard < Good < Easy", () => {
    const preview = previewDueDates(newCardState(now), now);
    const times = [preview[1], preview[2], preview[3], preview[4]].map((d) => d.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(times).size).toBe(4);
  });

  it("gives the same schedule for the same review (no fuzz)", () => {
    const card = newCardState(now);
    expect(scheduleReview(card, 4, now)).toEqual(scheduleReview(card, 4, now));
  });

  it("counts the review and records it at `now`, with the card's state before it", () => {
    const card = newCardState(now);
    const { card: next, log } = scheduleReview(card, 3, now);
    expect(next.reps).toBe(1);
    expect(next.lastReview).toEqual(now);
    expect(next.state).toBe(CARD_PHASE.learning);
    expect(log).toMatchObject({ rating: 3, state: CARD_PHASE.new, due: now, reviewedAt: now });
  });

  it("graduates a card after Good twice and counts a lapse on Again", () => {
    const first = scheduleReview(newCardState(now), 3, now).card;
    const second = scheduleReview(first, 3, minutes(10)).card;
    expect(second.state).toBe(CARD_PHASE.review);
    expect(second.scheduledDays).toBeGreaterThanOrEqual(1);
    const lapsed = scheduleReview(second, 1, second.due).card;
    expect(lapsed.state).toBe(CARD_PHASE.relearning);
    expect(lapsed.lapses).toBe(1);
  });
});

describe("retrievability", () => {
  it("is 0 for a card never studied", () => {
    expect(retrievability(newCardState(now), now)).toBe(0);
  });

  it("falls as time passes after a review", () => {
    const learned = scheduleReview(scheduleReview(newCardState(now), 3, now).card, 3, minutes(10)).card;
    const at = [1, 5, 30, 120].map((n) => retrievability(learned, days(minutes(10), n)));
    for (const r of at) expect(r).toBeGreaterThan(0);
    for (const [i, r] of at.entries()) if (i > 0) expect(r).toBeLessThan(at[i - 1] ?? 1);
    expect(at[0]).toBeGreaterThan(0.9);
  });
});

describe("card state rows", () => {
  it("reads back what it would store", () => {
    const card: CardState = scheduleReview(newCardState(now), 3, now).card;
    expect(cardStateFromRow({ ...card })).toEqual(card);
  });

  it("refuses a corrupt row", () => {
    expect(() => cardStateFromRow({ ...newCardState(now), state: 7 })).toThrow();
  });
});

describe("review input", () => {
  it("accepts ratings 1-4", () => {
    expect(reviewCardInputSchema.parse({ cardId: "c1", rating: 3 })).toEqual({ cardId: "c1", rating: 3 });
    expect([1, 2, 3, 4].map((rating) => reviewCardInputSchema.parse({ cardId: "c1", rating }).rating)).toEqual([
      1, 2, 3, 4,
    ]);
  });

  it("refuses other ratings and a missing card id", () => {
    expect(reviewCardInputSchema.safeParse({ cardId: "c1", rating: 0 }).success).toBe(false);
    expect(reviewCardInputSchema.safeParse({ cardId: "c1", rating: 5 }).success).toBe(false);
    expect(reviewCardInputSchema.safeParse({ cardId: "c1", rating: 2.5 }).success).toBe(false);
    expect(reviewCardInputSchema.safeParse({ cardId: "c1", rating: "3" }).success).toBe(false);
    expect(reviewCardInputSchema.safeParse({ cardId: "", rating: 3 }).success).toBe(false);
  });
});

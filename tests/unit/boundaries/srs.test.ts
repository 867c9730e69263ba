// The flashcards' boundary: a learner's rating of a card, and the card state read back from the database.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cardStateSchema, ratingSchema, reviewCardInputSchema } from "@/lib/srs";
import {
  checkAllAccepted,
  checkAllRefused,
  checkJunkIsHandled,
  checkObjectMutationsRefused,
  expectRefused,
  hugeString,
  POLLUTION_KEYS,
  withKey,
} from "./junk";

const rating = fc.constantFrom(1, 2, 3, 4);
const validReview = fc.record({
  cardId: fc.string({ minLength: 1, maxLength: 100 }).filter((s) => s.trim().length > 0),
  rating,
});

describe("a rating", () => {
  it("is 1, 2, 3 or 4 and nothing else, not even the same digit as text", () => {
    checkAllAccepted(ratingSchema, rating);
    checkAllRefused(
      ratingSchema,
      fc
        .oneof(fc.integer(), fc.double(), fc.constantFrom<unknown>("1", "4", 1n, true, null, [3], { valueOf: () => 3 }))
        .filter((r) => ![1, 2, 3, 4].includes(r as number)),
    );
    const error = expectRefused(ratingSchema, 5);
    expect(error.issues[0]?.message).toBe("Choose Again, Hard, Good or Easy.");
    checkJunkIsHandled(ratingSchema);
  });
});

describe("rating a card", () => {
  it("accepts a card id and a rating", () => {
    checkAllAccepted(reviewCardInputSchema, validReview, (out, input) =>
      expect(out).toEqual({ cardId: input.cardId.trim(), rating: input.rating }),
    );
  });

  it("refuses a missing field, a wrong type, a blank or huge card id", () => {
    checkObjectMutationsRefused(reviewCardInputSchema, validReview, {
      required: ["cardId", "rating"],
      typed: ["cardId", "rating"],
      strict: false,
    });
    checkAllRefused(
      reviewCardInputSchema,
      fc.tuple(validReview, fc.oneof(hugeString, fc.constantFrom("", "  "))).map(([v, cardId]) => ({ ...v, cardId })),
      30,
    );
  });

  it("drops any extra field, __proto__ included, rather than passing it on", () => {
    fc.assert(
      fc.property(
        validReview,
        fc.oneof(fc.constantFrom(...POLLUTION_KEYS, "userId"), fc.string()),
        fc.jsonValue(),
        (v, key, value) => {
          fc.pre(key !== "cardId" && key !== "rating");
          const parsed = reviewCardInputSchema.safeParse(withKey(v, key, value));
          expect(parsed.success).toBe(true);
          if (parsed.success) {
            expect(Object.keys(parsed.data).sort()).toEqual(["cardId", "rating"]);
            expect(Object.getPrototypeOf(parsed.data)).toBe(Object.prototype);
          }
        },
      ),
    );
  });

  it("answers any junk with a ZodError and leaves it unchanged", () => {
    checkJunkIsHandled(reviewCardInputSchema);
  });
});

describe("a card's stored state", () => {
  const count = fc.nat({ max: 10_000 });
  const validState = fc.record({
    due: fc.date({ noInvalidDate: true }),
    stability: fc.double({ min: 0, max: 1e6, noNaN: true }),
    difficulty: fc.double({ min: 0, max: 10, noNaN: true }),
    elapsedDays: count,
    scheduledDays: count,
    learningSteps: count,
    reps: count,
    lapses: count,
    state: fc.constantFrom(0, 1, 2, 3),
    lastReview: fc.option(fc.date({ noInvalidDate: true }), { nil: null }),
  });

  it("accepts every well-formed state", () => {
    checkAllAccepted(cardStateSchema, validState);
  });

  it("refuses negative or fractional counts, invalid dates, unknown phases and missing fields", () => {
    checkObjectMutationsRefused(cardStateSchema, validState, {
      required: [
        "due",
        "stability",
        "difficulty",
        "elapsedDays",
        "scheduledDays",
        "learningSteps",
        "reps",
        "lapses",
        "state",
        "lastReview",
      ],
      typed: ["due", "stability", "difficulty", "elapsedDays", "reps", "state"],
      strict: false,
    });
    checkAllRefused(
      cardStateSchema,
      fc.oneof(
        fc
          .tuple(
            validState,
            fc.constantFrom("reps", "lapses", "elapsedDays"),
            fc.oneof(fc.integer({ max: -1 }), fc.double({ min: 0.1, max: 100, noInteger: true })),
          )
          .map(([s, k, n]) => ({ ...s, [k]: n })),
        fc
          .tuple(validState, fc.constantFrom("due", "lastReview"))
          .map(([s, k]) => ({ ...s, [k]: new Date(Number.NaN) })),
        fc
          .tuple(
            validState,
            fc.integer().filter((n) => n < 0 || n > 3),
          )
          .map(([s, state]) => ({ ...s, state })),
      ),
    );
    checkJunkIsHandled(cardStateSchema);
  });
});

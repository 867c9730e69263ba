// The shapes flashcard scheduling works with. A card's state is stored column by
// column (see prisma/schema.prisma, model Card), so these mirror those columns.
import { z } from "zod";

/** How well the learner remembered: 1 Again, 2 Hard, 3 Good, 4 Easy (FSRS grades). */
export const ratingSchema = z.literal([1, 2, 3, 4], { error: "Choose Again, Hard, Good or Easy." });
export type Rating = z.infer<typeof ratingSchema>;

/** Where a card is in its life: 0 New, 1 Learning, 2 Review, 3 Relearning (ts-fsrs State). */
export const cardPhaseSchema = z.literal([0, 1, 2, 3]);
export type CardPhase = z.infer<typeof cardPhaseSchema>;

/** The FSRS memory state of one card, as the Card table stores it. */
export const cardStateSchema = z.object({
  due: z.date(),
  stability: z.number().min(0),
  difficulty: z.number().min(0),
  elapsedDays: z.number().int().min(0),
  scheduledDays: z.number().int().min(0),
  learningSteps: z.number().int().min(0),
  reps: z.number().int().min(0),
  lapses: z.number().int().min(0),
  state: cardPhaseSchema,
  lastReview: z.date().nullable(),
});
export type CardState = z.infer<typeof cardStateSchema>;

/**
 * One review, as the ReviewLog table stores it. Following ts-fsrs, the memory
 * fields are the card's state *before* the review, so a review can be undone or
 * the history replayed.
 */
export type ReviewLogEntry = {
  rating: Rating;
  state: CardPhase;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  reviewedAt: Date;
};

/** What the flashcards page posts when a learner rates a card. */
export const reviewCardInputSchema = z.object({
  cardId: z.string().trim().min(1, "Which card?").max(100),
  rating: ratingSchema,
});
export type ReviewCardInput = z.input<typeof reviewCardInputSchema>;

/** The phases by name, for queries and tests. */
export const CARD_PHASE = { new: 0, learning: 1, review: 2, relearning: 3 } as const satisfies Record<
  string,
  CardPhase
>;

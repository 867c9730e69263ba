"use server";
import { db } from "@/lib/db/client";
import { deckStats, getDueQueue, reviewCard, type DeckStats, type DueCard, type ReviewOutcome } from "@/lib/db/cards";
import { requireViewer } from "@/lib/auth/viewer";
import { runAction, type ActionResult } from "@/lib/actions/result";
import { reviewCardInputSchema, type ReviewCardInput } from "@/lib/srs";

export type ReviewCardData = { reviewed: ReviewOutcome; next: DueCard | null; stats: DeckStats };

/** Rates one of the learner's flashcards (guest or account) and returns the next due card with the deck's stats. */
export async function reviewCardAction(input: ReviewCardInput): Promise<ActionResult<ReviewCardData>> {
  return runAction(reviewCardInputSchema, input, async ({ cardId, rating }) => {
    const viewer = await requireViewer();
    const now = new Date();
    const reviewed = await reviewCard(db(), { userId: viewer.id, cardId, rating, now });
    const [queue, stats] = await Promise.all([getDueQueue(db(), viewer.id, now, 1), deckStats(db(), viewer.id, now)]);
    return { reviewed, next: queue[0] ?? null, stats };
  });
}

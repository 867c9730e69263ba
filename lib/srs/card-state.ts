// Our card state ↔ ts-fsrs's Card and ReviewLog. The Card table keeps the FSRS
// fields in camelCase columns; ts-fsrs uses snake_case and undefined for "never".
import { createEmptyCard, type Card as FsrsCard, type ReviewLog as FsrsReviewLog } from "ts-fsrs";
import { cardStateSchema, type CardPhase, type CardState, type Rating, type ReviewLogEntry } from "./schema";

/** A card nobody has studied yet, due at once. */
export function newCardState(now: Date): CardState {
  return fromFsrsCard(createEmptyCard(now));
}

export function toFsrsCard(card: CardState): FsrsCard {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: card.lastReview ?? undefined,
  };
}

export function fromFsrsCard(card: FsrsCard): CardState {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: phase(card.state),
    lastReview: card.last_review ?? null,
  };
}

export function fromFsrsLog(log: FsrsReviewLog, rating: Rating): ReviewLogEntry {
  return {
    rating,
    state: phase(log.state),
    due: log.due,
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsed_days,
    scheduledDays: log.scheduled_days,
    reviewedAt: log.review,
  };
}

/** A stored row (any object with the Card columns) read back as a card state; throws on a corrupt row. */
export function cardStateFromRow(row: { [K in keyof CardState]: unknown }): CardState {
  return cardStateSchema.parse({
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state,
    lastReview: row.lastReview,
  });
}

/** The Card columns to write for a card state (the same names, nothing else). */
export function cardStateToRow(card: CardState): CardState {
  return { ...card };
}

function phase(state: number): CardPhase {
  if (state === 0 || state === 1 || state === 2 || state === 3) return state;
  throw new RangeError(`unknown FSRS card state ${state}`);
}

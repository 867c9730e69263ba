// Scheduling with FSRS (https://github.com/open-spaced-repetition/ts-fsrs): the
// default weights, 90% desired retention, learning steps of 1 and 10 minutes.
// Fuzz is off so the same review always gives the same due date.
import { fsrs, generatorParameters, type Grade } from "ts-fsrs";
import { fromFsrsCard, fromFsrsLog, toFsrsCard } from "./card-state";
import type { CardState, Rating, ReviewLogEntry } from "./schema";

const scheduler = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: true }));

export type ScheduledReview = { card: CardState; log: ReviewLogEntry };

function grade(rating: Rating): Grade {
  return rating;
}

/** The card after the learner rates it at `now`, and the log of that review. */
export function scheduleReview(card: CardState, rating: Rating, now: Date): ScheduledReview {
  const { card: next, log } = scheduler.next(toFsrsCard(card), now, grade(rating));
  return { card: fromFsrsCard(next), log: fromFsrsLog(log, rating) };
}

/** When the card would next be due for each rating given at `now`, Again to Easy. */
export function previewDueDates(card: CardState, now: Date): Record<Rating, Date> {
  const preview = scheduler.repeat(toFsrsCard(card), now);
  return { 1: preview[1].card.due, 2: preview[2].card.due, 3: preview[3].card.due, 4: preview[4].card.due };
}

/** The chance (0-1) that the learner still recalls the card at `now`; 0 for a card never studied. */
export function retrievability(card: CardState, now: Date): number {
  return scheduler.get_retrievability(toFsrsCard(card), now, false);
}

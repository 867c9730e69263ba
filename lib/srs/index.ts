// The public API of lib/srs: flashcards for facts and their scheduling with FSRS.
// Pure: no database, no framework, no clock; every function takes `now`.
export * from "./schema";
export { RATING_OPTIONS, ratingForKey, ratingLabel, type RatingOption } from "./rating";
export { newCardState, cardStateFromRow, cardStateToRow, toFsrsCard, fromFsrsCard } from "./card-state";
export { scheduleReview, previewDueDates, retrievability, type ScheduledReview } from "./scheduler";
export { formatInterval, describeDue } from "./interval";
export { flashcardFor, type Flashcard, type FlashcardEvidence } from "./flashcard";
export { requirementTopic } from "./fact-cards/deal-term";
export { pickStarterFacts, STARTER_DECK_SIZE } from "./starter-deck";
export { entityNamesFrom, formatQuantity, formatFactDate, type EntityNames, type NamedEntity } from "./wording";

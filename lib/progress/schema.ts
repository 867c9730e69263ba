// The learning record the progress views are computed from.
import type { Topic } from "../questions/schema";

/** One answered question, reduced to what mastery needs. */
export type AnswerEvent = {
  questionId: string;
  topic: Topic;
  factIds: string[];
  correct: boolean;
  score: number;
  at: Date;
};
/** One flashcard's state: its fact's topic and how likely it is remembered now (FSRS retrievability). */
export type CardSnapshot = {
  factId: string;
  topic: Topic;
  retrievability: number;
  reps: number;
  lastReview: Date | null;
};

export type TopicMastery = {
  /** Correct rate over the most recent answers in the topic, or null before any. */
  recentCorrectRate: number | null;
  recentAnswered: number;
  /** Mean FSRS retrievability of the cards that count (reviewed often enough), or null with none. */
  retrievability: number | null;
  /** Cards of the topic reviewed at least once, and those reviewed often enough to count. */
  cardsReviewed: number;
  cardsCounted: number;
  /** 0..1 mean over recent answers and counted cards; null below the minimum evidence. */
  mastery: number | null;
  /** not-started: nothing yet; too-little: some evidence, below the minimum; measured: a percentage is shown. */
  state: "not-started" | "too-little" | "measured";
};

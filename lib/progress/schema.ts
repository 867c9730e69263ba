// The learning record the progress views are computed from.
import type { Topic } from "../questions/schema";

/** One answered question, reduced to what mastery needs. */
export type AnswerEvent = { questionId: string; topic: Topic; factIds: string[]; correct: boolean; score: number; at: Date };
/** One flashcard's state: its fact's topic and how likely it is remembered now (FSRS retrievability). */
export type CardSnapshot = { factId: string; topic: Topic; retrievability: number; reps: number; lastReview: Date | null };

export type TopicMastery = {
  /** Correct rate over the most recent answers in the topic, or null before any. */
  recentCorrectRate: number | null;
  recentAnswered: number;
  /** Mean FSRS retrievability of the topic's cards, or null with no reviewed cards. */
  retrievability: number | null;
  /** 0..1 blend shown as the topic's mastery. */
  mastery: number | null;
};

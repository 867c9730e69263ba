// The four answers a learner gives after seeing the back of a card, with the keys
// that give them (1-4, as in Anki).
import type { Rating } from "./schema";

export type RatingOption = { rating: Rating; label: "Again" | "Hard" | "Good" | "Easy"; key: "1" | "2" | "3" | "4" };

export const RATING_OPTIONS: readonly RatingOption[] = [
  { rating: 1, label: "Again", key: "1" },
  { rating: 2, label: "Hard", key: "2" },
  { rating: 3, label: "Good", key: "3" },
  { rating: 4, label: "Easy", key: "4" },
];

export function ratingLabel(rating: Rating): RatingOption["label"] {
  return RATING_OPTIONS[rating - 1]?.label ?? "Good";
}

/** The rating a key press stands for, or undefined for any other key. */
export function ratingForKey(key: string): Rating | undefined {
  return RATING_OPTIONS.find((o) => o.key === key)?.rating;
}

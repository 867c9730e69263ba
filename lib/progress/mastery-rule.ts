// How a topic's mastery is weighed: answered questions are evidence, a
// flashcard becomes evidence only once it has been reviewed often enough for
// its FSRS retrievability to mean something (one self-rated "Easy" is a
// learner's guess about themselves, not a measurement), and below a minimum
// amount of evidence no percentage is shown at all.
import type { Topic } from "../questions/schema";
import type { AnswerEvent, CardSnapshot, TopicMastery } from "./schema";

/** How many recent answers a topic's correct rate looks at. */
export const RECENT_WINDOW = 20;
/** A card's recall counts towards mastery only after this many reviews. */
export const MIN_CARD_REPS = 3;
/** Fewer pieces of evidence (answers + counted cards) than this show "not enough answers yet". */
export const MIN_EVIDENCE = 3;

export function topicMastery(
  topics: readonly Topic[],
  answers: readonly AnswerEvent[],
  cards: readonly CardSnapshot[],
): TopicMastery {
  const recent = answers
    .filter((a) => topics.includes(a.topic))
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .slice(0, RECENT_WINDOW);
  const answerSum = recent.reduce((s, a) => s + a.score, 0);
  const recentCorrectRate = recent.length ? answerSum / recent.length : null;
  const reviewed = cards.filter((c) => topics.includes(c.topic) && c.reps > 0);
  const counted = reviewed.filter((c) => c.reps >= MIN_CARD_REPS);
  const cardSum = counted.reduce((s, c) => s + c.retrievability, 0);
  const retrievability = counted.length ? cardSum / counted.length : null;
  const evidence = recent.length + counted.length;
  // Every counted answer and card weighs the same, so a single card can never
  // outweigh a run of answers (the old half-and-half blend let one "Easy" card
  // lift 25% of answers right to 63%).
  const enough = evidence >= MIN_EVIDENCE;
  const mastery = enough ? (answerSum + cardSum) / evidence : null;
  const state = recent.length + reviewed.length === 0 ? "not-started" : enough ? "measured" : "too-little";
  return {
    recentCorrectRate,
    recentAnswered: recent.length,
    retrievability,
    cardsReviewed: reviewed.length,
    cardsCounted: counted.length,
    mastery,
    state,
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What a mastery figure rests on, in words: "based on 4 answers and 1 flashcard". */
export function masteryBasis(m: TopicMastery): string {
  if (m.state === "not-started") return "No answers or flashcard reviews yet.";
  const parts = [plural(m.recentAnswered, "answer", "answers")];
  if (m.cardsCounted > 0) parts.push(plural(m.cardsCounted, "flashcard", "flashcards"));
  const waiting = m.cardsReviewed - m.cardsCounted;
  const cardNote =
    waiting > 0
      ? ` ${plural(waiting, "flashcard counts", "flashcards count")} once reviewed ${MIN_CARD_REPS} times.`
      : "";
  if (m.state === "too-little") {
    return `Not enough answers yet: ${parts.join(" and ")} so far, ${MIN_EVIDENCE} needed.${cardNote}`;
  }
  return `Based on ${parts.join(" and ")}.${cardNote}`;
}

/** The short label beside a mastery bar. */
export function masteryLabel(m: TopicMastery): string {
  if (m.state === "not-started") return "not started";
  if (m.mastery === null) return "not enough answers yet";
  return `${Math.round(m.mastery * 100)}%`;
}

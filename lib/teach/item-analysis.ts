// Classical item analysis of one assignment: how hard each question was (facility)
// and how well it told stronger from weaker learners (discrimination).
//
// Facility is the proportion of learners who got the question right. Discrimination
// is Kelley's upper-lower index: rank learners by total score, take the top and
// bottom 27% (T. L. Kelley, "The selection of upper and lower groups for the
// validation of test items", J. Educ. Psychol. 30 (1939) 17-24; as used in
// R. L. Ebel & D. A. Frisbie, Essentials of Educational Measurement, 1991, ch. 13),
// and D = (right in upper group - right in lower group) / group size.
// A question left unanswered counts as not right, as omitted items do in those texts.

import { isMisconception } from "../questions/misconceptions";

export type ItemResponse = { correct: boolean; score: number; answerText: string };

/** One learner's submitted attempt: their total and their response to each question they answered. */
export type LearnerScore = {
  learnerId: string;
  total: number;
  responses: ReadonlyMap<string, ItemResponse>;
  /** The questions their attempt had; without it, every question counts as asked. */
  asked?: ReadonlySet<string>;
};

export type ItemStats = {
  questionId: string;
  /** Learners who submitted the assignment (so were asked this question). */
  takers: number;
  answered: number;
  right: number;
  /** right / takers, or null with no takers. */
  facility: number | null;
  /**
   * -1..1, or null with fewer than two takers (there is no upper and lower group) or when
   * every taker got it right, or every taker wrong: D is then 0 by arithmetic, but the item
   * told nobody apart, so there is nothing to read from it.
   */
  discrimination: number | null;
  groupSize: number;
  upperRight: number;
  lowerRight: number;
  /** The wrong answer given most often (ties: the alphabetically first), or null when nobody was wrong. */
  commonWrong: { answer: string; count: number } | null;
};

/** Kelley's 27%, at least one learner per group. */
export const GROUP_FRACTION = 0.27;

export function groupSize(takers: number): number {
  return Math.max(1, Math.round(GROUP_FRACTION * takers));
}

/** Learners from the highest total to the lowest; ties in a stable order (by id) so reruns agree. */
export function rankLearners(scores: readonly LearnerScore[]): LearnerScore[] {
  return [...scores].sort(
    (a, b) => b.total - a.total || (a.learnerId < b.learnerId ? -1 : a.learnerId > b.learnerId ? 1 : 0),
  );
}

function mostCommonWrong(responses: readonly ItemResponse[]): { answer: string; count: number } | null {
  const counts = new Map<string, number>();
  for (const r of responses) if (!r.correct) counts.set(r.answerText, (counts.get(r.answerText) ?? 0) + 1);
  let best: { answer: string; count: number } | null = null;
  for (const [answer, count] of counts) {
    if (!best || count > best.count || (count === best.count && answer < best.answer)) best = { answer, count };
  }
  return best;
}

export function analyzeItem(questionId: string, rankedAll: readonly LearnerScore[]): ItemStats {
  const ranked = rankedAll.filter((l) => !l.asked || l.asked.has(questionId));
  const takers = ranked.length;
  const responses = ranked.flatMap((l) => {
    const r = l.responses.get(questionId);
    return r ? [r] : [];
  });
  const rightOf = (group: readonly LearnerScore[]) =>
    group.filter((l) => l.responses.get(questionId)?.correct === true).length;
  const right = rightOf(ranked);
  const n = groupSize(takers);
  const upperRight = takers >= 2 ? rightOf(ranked.slice(0, n)) : 0;
  const lowerRight = takers >= 2 ? rightOf(ranked.slice(takers - n)) : 0;
  return {
    questionId,
    takers,
    answered: responses.length,
    right,
    facility: takers ? right / takers : null,
    discrimination: takers >= 2 && right > 0 && right < takers ? (upperRight - lowerRight) / n : null,
    groupSize: takers >= 2 ? n : 0,
    upperRight,
    lowerRight,
    commonWrong: mostCommonWrong(responses),
  };
}

/** Stats for each question, in the order given. */
export function analyzeItems(questionIds: readonly string[], scores: readonly LearnerScore[]): ItemStats[] {
  const ranked = rankLearners(scores);
  return questionIds.map((id) => analyzeItem(id, ranked));
}

/**
 * Below this many learners the upper and lower groups are one or two people each, and
 * one lucky guess swings D by 0.5 or more: the page says so instead of judging.
 */
export const MIN_TAKERS_TO_JUDGE = 5;

/** The most common wrong answer when it reads as a shared misconception (misconceptions.ts), else null. */
export function likelyMisconception(
  item: Pick<ItemStats, "answered" | "right" | "commonWrong">,
): { answer: string; count: number; wrong: number } | null {
  const wrong = item.answered - item.right;
  const common = item.commonWrong;
  if (common === null || !isMisconception(common.count, wrong)) return null;
  return { ...common, wrong };
}

/** How a teacher reads one item: too few answers, no spread, or Ebel & Frisbie's rule of thumb for D. */
export function describeItem(item: Pick<ItemStats, "takers" | "right" | "discrimination">): string {
  if (item.takers < MIN_TAKERS_TO_JUDGE) {
    return `too few answers to judge (${item.takers} of the ${MIN_TAKERS_TO_JUDGE} needed)`;
  }
  if (item.right === item.takers) return "everyone got it right, so it tells no one apart";
  if (item.right === 0) return "nobody got it right: check the answer and what was taught";
  return describeDiscrimination(item.discrimination);
}

/** How a teacher reads D (Ebel & Frisbie's rule of thumb). */
export function describeDiscrimination(d: number | null): string {
  if (d === null) return "not enough learners";
  if (d >= 0.4) return "very good";
  if (d >= 0.3) return "good";
  if (d >= 0.2) return "fair, could be improved";
  if (d >= 0) return "poor, revise or drop";
  return "negative: stronger learners missed it more, check the answer";
}

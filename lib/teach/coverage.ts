// What of an article a teacher's reviewed questions cover: each passage with the
// reviewed questions whose evidence quotes it, and the facts still waiting for
// review there, so the passages nothing asks about stand out (issue 12: "nothing
// stated is lost"). A question quoting a passage twice counts once.
import type { PassageRef } from "./heatmap";

export type CoverageQuestion = { id: string; evidence: readonly PassageRef[] };
export type CoverageFact = { status: "reviewed" | "proposed" | "rejected"; evidence: readonly PassageRef[] };

export type PassageCoverage = {
  passage: string;
  /** Reviewed questions quoting this passage. */
  questions: number;
  /** Facts quoting it that still wait for the teacher's review. */
  toReview: number;
};

export type ArticleCoverage = {
  passages: PassageCoverage[];
  /** Passages with at least one reviewed question. */
  covered: number;
};

export function articleCoverage(
  article: { slug: string; passages: readonly { id: string }[] },
  questions: readonly CoverageQuestion[],
  facts: readonly CoverageFact[],
): ArticleCoverage {
  const cites = (evidence: readonly PassageRef[], passage: string) =>
    evidence.some((e) => e.article === article.slug && e.passage === passage);
  const passages = article.passages.map((p) => ({
    passage: p.id,
    questions: questions.filter((q) => cites(q.evidence, p.id)).length,
    toReview: facts.filter((f) => f.status === "proposed" && cites(f.evidence, p.id)).length,
  }));
  return { passages, covered: passages.filter((p) => p.questions > 0).length };
}

/** "4 reviewed questions", "no reviewed questions yet, 2 facts to review": the words that stand in for any colour. */
export function describeCoverage(p: PassageCoverage): string {
  const asked =
    p.questions === 0
      ? "no reviewed questions yet"
      : `${p.questions} reviewed ${p.questions === 1 ? "question" : "questions"}`;
  const waiting = p.toReview === 0 ? "" : `, ${p.toReview} ${p.toReview === 1 ? "fact" : "facts"} to review`;
  return `${asked}${waiting}`;
}

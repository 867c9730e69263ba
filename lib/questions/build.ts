// The parts every question shares: a stable id, its topic, status, sources and
// explanation, all taken from the facts it rests on.
import type { Fact, FactKind } from "../facts/schema";
import { opaqueId } from "./ids";
import type { QuestionEvidence, QuestionKind, QuestionStatus, Topic } from "./schema";

export const TOPIC_OF: Record<FactKind, Topic> = {
  backing: "backing",
  meeting: "summit",
  "deal-term": "sochi-deal",
  figure: "figure",
  role: "people",
  event: "event",
  // Positions and relations sit with who backs whom; claims with what was said and done.
  motive: "backing",
  relation: "backing",
  claim: "event",
  // Words a sentence states: what the article reports.
  stated: "event",
};

/**
 * "russia-backs-assad--single-choice-backer": the anchor fact's id, the kind and a
 * short discriminator (which field is asked, never its value). It depends on nothing
 * else, so unrelated facts never move it. Internal only: seeds and the digest below.
 */
export function questionKey(anchorFactId: string, kind: QuestionKind, discriminator?: string): string {
  return discriminator === undefined || discriminator === ""
    ? `${anchorFactId}--${kind}`
    : `${anchorFactId}--${kind}-${discriminator}`;
}

/** The id a question is stored and sent with: an opaque digest of its internal key. */
export function questionId(anchorFactId: string, kind: QuestionKind, discriminator?: string): string {
  return opaqueId(questionKey(anchorFactId, kind, discriminator));
}

export type Provenance = {
  factIds: string[];
  status: QuestionStatus;
  articles: string[];
  evidence: QuestionEvidence[];
  explanation: string;
};

/** A question is proposed while any fact it rests on is. */
export function provenance(facts: readonly Fact[], evidence?: QuestionEvidence[]): Provenance {
  const sorted = [...new Map(facts.map((f) => [f.id, f])).values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const quotes =
    evidence ??
    sorted.flatMap((f) => f.evidence.map((e) => ({ article: e.article, passage: e.passage, quote: e.quote })));
  const seen = new Set<string>();
  const unique = quotes.filter((e) => {
    const key = `${e.article}#${e.passage}#${e.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const statements = [...new Set(sorted.map((f) => f.statement.trim()))];
  return {
    factIds: sorted.map((f) => f.id),
    status: sorted.some((f) => f.status === "proposed") ? "proposed" : "reviewed",
    articles: [...new Set(unique.map((e) => e.article))].sort(),
    evidence: unique,
    explanation: statements.join(" "),
  };
}

const BASE_DIFFICULTY: Record<QuestionKind, number> = {
  "true-false": 0.2,
  "single-choice": 0.35,
  evidence: 0.4,
  date: 0.45,
  "multi-select": 0.5,
  matching: 0.5,
  ordering: 0.55,
  cloze: 0.6,
};

/**
 * A rough prior, not a measurement: typed answers are harder than picking, more
 * options are harder than fewer. Replace with observed accuracy once learners answer.
 */
export function estimateDifficulty(kind: QuestionKind, options: number): number {
  const extra = kind === "true-false" || kind === "cloze" ? 0 : 0.03 * Math.max(0, options - 4);
  const value = BASE_DIFFICULTY[kind] + extra;
  return Math.round(Math.min(0.95, Math.max(0.05, value)) * 100) / 100;
}

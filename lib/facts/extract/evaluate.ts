// Precision and recall of proposed facts against reviewed ones, per core kind.
//
// When a proposed fact counts as the same as a reviewed one:
// - backing: the same (backer, backed) pair of entity ids. The phrasing does
//   not matter: "key allies of" and "Russia-backed" both say Russia backs X.
// - meeting: the same set of participants, and either the same date (same day
//   for day precision; same month or year, at that precision) or the same place.
//   Format, venue and duration are details, not identity.
// - deal-term: the same agreement, and either the requirement says the same
//   thing (at least half of the smaller set of content words is shared) or the
//   evidence cites the same passage with overlapping quotes.
// A reviewed fact is recalled when some proposed fact matches it; a proposed
// fact is correct when it matches some reviewed fact. Proposed facts with the
// same id (one fact found in several articles) count once.
import { CORE_KINDS, type Fact, type FactDate, type FactOfKind } from "../schema";

export type CoreKind = (typeof CORE_KINDS)[number];

export type KindScore = {
  kind: CoreKind;
  proposed: number;
  reviewed: number;
  /** Proposed facts that match a reviewed one. */
  correct: number;
  /** Reviewed facts some proposed fact matches. */
  recalled: number;
  precision: number;
  recall: number;
  /** Ids of proposed facts that match nothing, and of reviewed facts nothing matched. */
  unmatchedProposed: string[];
  missedReviewed: string[];
};

export type Evaluation = { kinds: KindScore[]; overall: Omit<KindScore, "kind" | "unmatchedProposed" | "missedReviewed"> };

const STOP = new Set(
  "a an the of to and or in on at by for from with as well this that these those be is are was were will would must shall all its their his her it from into between along including".split(" "),
);

/** Lowercase content words, plurals folded ("routes" ~ "route"). */
export function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 1 && !STOP.has(w))
      .map((w) => (w.length > 3 && w.endsWith("s") ? w.slice(0, -1) : w)),
  );
}

/** Shared words over the smaller set: 1 when one text's words are all in the other. */
export function overlap(a: string, b: string): number {
  const wa = contentWords(a);
  const wb = contentWords(b);
  const small = Math.min(wa.size, wb.size);
  if (small === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / small;
}

function sameDate(a: FactDate | undefined, b: FactDate | undefined): boolean {
  if (!a || !b) return false;
  const cut = (d: FactDate) => (d.precision === "year" ? 4 : d.precision === "month" ? 7 : 10);
  return a.precision === b.precision && a.on.slice(0, cut(a)) === b.on.slice(0, cut(b));
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

function quotesOverlap(p: Fact, r: Fact): boolean {
  return p.evidence.some((pe) =>
    r.evidence.some(
      (re) =>
        pe.article === re.article &&
        pe.passage === re.passage &&
        (pe.quote.includes(re.quote) || re.quote.includes(pe.quote) || overlap(pe.quote, re.quote) >= 0.5),
    ),
  );
}

export function factsMatch(proposed: Fact, reviewed: Fact): boolean {
  if (proposed.kind === "backing" && reviewed.kind === "backing") {
    return proposed.backer === reviewed.backer && proposed.backed === reviewed.backed;
  }
  if (proposed.kind === "meeting" && reviewed.kind === "meeting") {
    if (!sameSet(proposed.participants, reviewed.participants)) return false;
    return sameDate(proposed.date, reviewed.date) || (proposed.place !== undefined && proposed.place === reviewed.place);
  }
  if (proposed.kind === "deal-term" && reviewed.kind === "deal-term") {
    if (proposed.agreement !== reviewed.agreement) return false;
    return overlap(proposed.requires, reviewed.requires) >= 0.5 || quotesOverlap(proposed, reviewed);
  }
  return false;
}

function ratio(n: number, d: number): number {
  return d === 0 ? 1 : n / d;
}

/** Scores proposed facts against reviewed ones for each core kind, and over all three. */
export function evaluate(proposed: readonly Fact[], reviewed: readonly Fact[]): Evaluation {
  const byId = new Map<string, Fact>();
  for (const f of proposed) if (!byId.has(f.id)) byId.set(f.id, f);
  const unique = [...byId.values()];

  const kinds = CORE_KINDS.map((kind): KindScore => {
    const p = unique.filter((f): f is FactOfKind<CoreKind> => f.kind === kind);
    const r = reviewed.filter((f) => f.kind === kind);
    const correctFacts = p.filter((f) => r.some((x) => factsMatch(f, x)));
    const recalledFacts = r.filter((x) => p.some((f) => factsMatch(f, x)));
    return {
      kind,
      proposed: p.length,
      reviewed: r.length,
      correct: correctFacts.length,
      recalled: recalledFacts.length,
      precision: ratio(correctFacts.length, p.length),
      recall: ratio(recalledFacts.length, r.length),
      unmatchedProposed: p.filter((f) => !correctFacts.includes(f)).map((f) => f.id),
      missedReviewed: r.filter((x) => !recalledFacts.includes(x)).map((x) => x.id),
    };
  });
  const sum = (k: "proposed" | "reviewed" | "correct" | "recalled") => kinds.reduce((n, s) => n + s[k], 0);
  return {
    kinds,
    overall: {
      proposed: sum("proposed"),
      reviewed: sum("reviewed"),
      correct: sum("correct"),
      recalled: sum("recalled"),
      precision: ratio(sum("correct"), sum("proposed")),
      recall: ratio(sum("recalled"), sum("reviewed")),
    },
  };
}

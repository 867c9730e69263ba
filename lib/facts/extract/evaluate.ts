// Precision and recall of proposed facts against reviewed (gold) ones, per kind.
//
// When a proposed fact counts as the same as a gold one (same kind, and):
// - backing: the same (backer, backed) pair of entity ids. The phrasing does
//   not matter: "key allies of" and "Russia-backed" both say Russia backs X.
// - meeting: the proposed participants include every gold participant; the
//   same planned flag, so a meeting that "will" happen is not a meeting held;
//   no place or date that both give differs (a date at the gold fact's
//   precision); and where the gold fact says where or when, the proposal says
//   one of them too. Format, venue and duration are details, not identity.
// - deal-term: the same agreement, and the requirement says the same thing:
//   at least half of each side's content words are in the other. Both ways, so
//   a term dragging a tail ("..., he said but stressed that ...") or cut to a
//   stub does not match. Failing that, evidence quotes from the same passage
//   that overlap the same way.
// - figure: the same value (the gold maximum is the proposed minimum or
//   maximum) and what it counts shares at least half the smaller set of words.
// - role: the same person, and the office shares at least half of each side's
//   words ("President" ~ "President", not "Prime Minister").
// - event: the same date and what happened shares half the smaller set of words.
// - any other kind: the same entity ids in its key fields and half the smaller
//   set of words of its text.
// A gold fact is recalled when some proposed fact matches it; a proposed fact
// is correct when it matches some gold fact. Proposed facts with the same id
// (one fact found in several passages) count once.
import { CORE_KINDS, type Entity, type Fact, type FactDate, type FactKind } from "../schema";

export type CoreKind = (typeof CORE_KINDS)[number];

export type Counts = {
  proposed: number;
  reviewed: number;
  /** Proposed facts that match a reviewed one. */
  correct: number;
  /** Reviewed facts some proposed fact matches. */
  recalled: number;
  precision: number;
  recall: number;
};

export type KindScore = Counts & {
  kind: FactKind;
  /** Proposed facts that match nothing, and reviewed facts nothing matched. */
  unmatchedProposed: string[];
  missedReviewed: string[];
  /** The same, as facts, for printing what went wrong. */
  falsePositives: Fact[];
  misses: Fact[];
};

export type Evaluation = { kinds: KindScore[]; overall: Counts; core: Counts };

const STOP = new Set(
  "a an the of to and or in on at by for from with as well this that these those be is are was were will would must shall all its their his her it from into between along including".split(
    " ",
  ),
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

function shared(a: string, b: string): { shared: number; a: number; b: number } {
  const wa = contentWords(a);
  const wb = contentWords(b);
  let n = 0;
  for (const w of wa) if (wb.has(w)) n++;
  return { shared: n, a: wa.size, b: wb.size };
}

/** Shared words over the smaller set: 1 when one text's words are all in the other. */
export function overlap(a: string, b: string): number {
  const s = shared(a, b);
  const small = Math.min(s.a, s.b);
  return small === 0 ? 0 : s.shared / small;
}

/** Shared words over the larger set: high only when neither text has much the other lacks. */
export function overlapBoth(a: string, b: string): number {
  const s = shared(a, b);
  const large = Math.max(s.a, s.b);
  return large === 0 ? 0 : s.shared / large;
}

function sameDate(p: FactDate | undefined, gold: FactDate | undefined): boolean {
  if (!p || !gold) return false;
  const cut = (d: FactDate) => (d.precision === "year" ? 4 : d.precision === "month" ? 7 : 10);
  return p.on.slice(0, cut(gold)) === gold.on.slice(0, cut(gold)) && cut(p) >= cut(gold);
}

function quotesOverlap(p: Fact, r: Fact): boolean {
  return p.evidence.some((pe) =>
    r.evidence.some(
      (re) => pe.article === re.article && pe.passage === re.passage && overlapBoth(pe.quote, re.quote) >= 0.5,
    ),
  );
}

/** The entity ids a fact's identity rests on, for kinds with no rule of their own. */
function keyIds(fact: Fact): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(fact)) {
    if (key === "id" || key === "conflictsWith" || key === "evidence") continue;
    if (typeof value === "string" && IDENTITY_KEYS.has(key)) out.push(value);
    if (Array.isArray(value) && IDENTITY_KEYS.has(key))
      out.push(...value.filter((v): v is string => typeof v === "string"));
  }
  return out.sort();
}

/** Fields of any fact kind that hold entity ids. */
const ENTITY_KEYS = new Set([
  "backer",
  "backed",
  "participants",
  "place",
  "agreement",
  "parties",
  "person",
  "country",
  "actors",
  "actor",
  "about",
  "attributedTo",
  "claimant",
  "coClaimants",
  "disputedBy",
  "between",
]);
/** The entity fields that make a fact of a kind without its own rule the fact it is (who wants, who claims, between whom). */
const IDENTITY_KEYS = new Set(["actor", "claimant", "between"]);

/** The words a fact of a kind without its own rule says, whatever the field is called. */
function textOf(fact: Fact): string {
  const skip = new Set(["id", "kind", "statement", "status", "evidence", "conflictsWith", "note"]);
  return Object.entries(fact)
    .filter(([k, v]) => !skip.has(k) && !ENTITY_KEYS.has(k) && typeof v === "string")
    .map(([, v]) => v as string)
    .join(" ");
}

export function factsMatch(proposed: Fact, reviewed: Fact): boolean {
  if (proposed.kind !== reviewed.kind) return false;
  if (proposed.kind === "backing" && reviewed.kind === "backing") {
    return proposed.backer === reviewed.backer && proposed.backed === reviewed.backed;
  }
  if (proposed.kind === "meeting" && reviewed.kind === "meeting") {
    if (!reviewed.participants.every((p) => proposed.participants.includes(p))) return false;
    if (proposed.planned !== reviewed.planned) return false;
    const placeAgrees = proposed.place !== undefined && proposed.place === reviewed.place;
    const dateAgrees = sameDate(proposed.date, reviewed.date);
    // Nothing both give may differ ...
    if (proposed.place !== undefined && reviewed.place !== undefined && !placeAgrees) return false;
    if (proposed.date !== undefined && reviewed.date !== undefined && !dateAgrees) return false;
    // ... and where the gold fact says where or when, the proposal must say one of them too.
    return (reviewed.place === undefined && reviewed.date === undefined) || placeAgrees || dateAgrees;
  }
  if (proposed.kind === "deal-term" && reviewed.kind === "deal-term") {
    if (proposed.agreement !== reviewed.agreement) return false;
    const both = shared(proposed.requires, reviewed.requires);
    const covers = both.a > 0 && both.b > 0 && both.shared / both.a >= 0.5 && both.shared / both.b >= 0.5;
    return covers || quotesOverlap(proposed, reviewed);
  }
  if (proposed.kind === "figure" && reviewed.kind === "figure") {
    const value = reviewed.quantity.max;
    if (proposed.quantity.max !== value && proposed.quantity.min !== value) return false;
    return overlap(proposed.counts, reviewed.counts) >= 0.5;
  }
  if (proposed.kind === "role" && reviewed.kind === "role") {
    return proposed.person === reviewed.person && overlapBoth(proposed.office, reviewed.office) >= 0.5;
  }
  if (proposed.kind === "event" && reviewed.kind === "event") {
    return sameDate(proposed.date, reviewed.date) && overlap(proposed.what, reviewed.what) >= 0.5;
  }
  const ids = keyIds(proposed);
  const gold = keyIds(reviewed);
  if (ids.join(" ") !== gold.join(" ")) return false;
  const text = textOf(reviewed);
  return text === "" || overlap(textOf(proposed), text) >= 0.5;
}

function ratio(n: number, d: number): number {
  return d === 0 ? 1 : n / d;
}

function counts(proposed: number, reviewed: number, correct: number, recalled: number): Counts {
  return {
    proposed,
    reviewed,
    correct,
    recalled,
    precision: ratio(correct, proposed),
    recall: ratio(recalled, reviewed),
  };
}

function order(kinds: Iterable<FactKind>): FactKind[] {
  const core = CORE_KINDS as readonly string[];
  return [...new Set(kinds)].sort((a, b) => {
    const ia = core.indexOf(a);
    const ib = core.indexOf(b);
    if (ia >= 0 || ib >= 0) return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib);
    return a.localeCompare(b);
  });
}

function sumOf(kinds: readonly KindScore[]): Counts {
  const sum = (k: "proposed" | "reviewed" | "correct" | "recalled") => kinds.reduce((n, s) => n + s[k], 0);
  return counts(sum("proposed"), sum("reviewed"), sum("correct"), sum("recalled"));
}

function withTotals(kinds: KindScore[]): Evaluation {
  const core = kinds.filter((k) => (CORE_KINDS as readonly string[]).includes(k.kind));
  return { kinds, overall: sumOf(kinds), core: sumOf(core) };
}

/**
 * Scores proposed facts against reviewed ones, for every kind either side has
 * (the core kinds always). `kinds` limits it to some kinds.
 */
export function evaluate(
  proposed: readonly Fact[],
  reviewed: readonly Fact[],
  kinds?: readonly FactKind[],
): Evaluation {
  const byId = new Map<string, Fact>();
  for (const f of proposed) if (!byId.has(f.id)) byId.set(f.id, f);
  const unique = [...byId.values()];
  const scored = kinds ?? order([...CORE_KINDS, ...unique.map((f) => f.kind), ...reviewed.map((f) => f.kind)]);

  return withTotals(
    scored.map((kind): KindScore => {
      const p = unique.filter((f) => f.kind === kind);
      const r = reviewed.filter((f) => f.kind === kind);
      const correctFacts = p.filter((f) => r.some((x) => factsMatch(f, x)));
      const recalledFacts = r.filter((x) => p.some((f) => factsMatch(f, x)));
      const falsePositives = p.filter((f) => !correctFacts.includes(f));
      const misses = r.filter((x) => !recalledFacts.includes(x));
      return {
        kind,
        ...counts(p.length, r.length, correctFacts.length, recalledFacts.length),
        unmatchedProposed: falsePositives.map((f) => f.id),
        missedReviewed: misses.map((x) => x.id),
        falsePositives,
        misses,
      };
    }),
  );
}

/** Adds up evaluations made separately (one per article), kind by kind. */
export function combine(evaluations: readonly Evaluation[]): Evaluation {
  const kinds = order(evaluations.flatMap((e) => e.kinds.map((k) => k.kind)));
  return withTotals(
    kinds.map((kind): KindScore => {
      const parts = evaluations.flatMap((e) => e.kinds.filter((k) => k.kind === kind));
      const sum = (k: "proposed" | "reviewed" | "correct" | "recalled") => parts.reduce((n, s) => n + s[k], 0);
      return {
        kind,
        ...counts(sum("proposed"), sum("reviewed"), sum("correct"), sum("recalled")),
        unmatchedProposed: parts.flatMap((s) => s.unmatchedProposed),
        missedReviewed: parts.flatMap((s) => s.missedReviewed),
        falsePositives: parts.flatMap((s) => s.falsePositives),
        misses: parts.flatMap((s) => s.misses),
      };
    }),
  );
}

function nameKey(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/^the\s+/, "")
    .replace(/[^a-z0-9+]+/g, " ")
    .trim();
}

/**
 * The gold id of each entity the extractor named itself: the gold entity with
 * that id, or else the one sharing a name or alias with it. Entities the gold
 * list does not know keep their own id (and so match nothing).
 */
export function alignEntities(found: readonly Entity[], gold: readonly Entity[]): Map<string, string> {
  const goldIds = new Set(gold.map((e) => e.id));
  const byName = new Map<string, string>();
  for (const g of gold)
    for (const n of [g.name, ...g.aliases]) if (!byName.has(nameKey(n))) byName.set(nameKey(n), g.id);
  const map = new Map<string, string>();
  for (const e of found) {
    if (goldIds.has(e.id)) continue;
    const hit = [e.name, ...e.aliases].map((n) => byName.get(nameKey(n))).find((id) => id !== undefined);
    if (hit) map.set(e.id, hit);
  }
  return map;
}

/** A fact with its entity ids replaced through `map`. */
export function renameEntities(fact: Fact, map: ReadonlyMap<string, string>): Fact {
  if (map.size === 0) return fact;
  const rename = (id: string) => map.get(id) ?? id;
  const out: Record<string, unknown> = { ...fact };
  for (const [key, value] of Object.entries(fact)) {
    if (!ENTITY_KEYS.has(key)) continue;
    if (typeof value === "string") out[key] = rename(value);
    if (Array.isArray(value)) out[key] = value.map((v) => (typeof v === "string" ? rename(v) : v));
  }
  return out as Fact;
}

// Overgenerate, then choose: every generator drafts what a fact allows, and the
// bank keeps the best few items per fact, the way a teacher picks from a pile of
// drafts. An item the item-writing lint flags (serious or moderate) is never
// offered; scores come from its minor flaws, the test-wise solver (an item it
// answers from cues alone costs) and the fact's importance (core facts earn more
// items; peripheral ones one item, never a date, count or title).
import type { Fact } from "../facts/schema";
import type { Question } from "./schema";
import { FALSE, TRUE } from "./kinds/true-false";

export type Importance = "core" | "supporting" | "peripheral";

/** What the lint says of an item, reduced to what choosing needs. */
export type ItemFlaw = { severity: "serious" | "moderate" | "minor"; code: string };

export type ChooseOptions = {
  /** The lint's flaws of one item (none when no lint is wired). */
  flaws?: (q: Question) => readonly ItemFlaw[];
  /** Whether the test-wise solver answers the item from surface cues alone. */
  solvedByCue?: (q: Question) => boolean;
  /** Most items per fact, by importance. */
  perFact?: Record<Importance, number>;
  /** Largest share of true/false in the bank. */
  trueFalseShare?: number;
};

// Few items per fact: a teacher's audit read a fact's third item as a duplicate that gives the others'
// keys away ("where was the summit" beside "when was it"); a quiz keeps a fact's two items apart (quiz.ts).
export const DEFAULT_PER_FACT: Record<Importance, number> = { core: 2, supporting: 1, peripheral: 1 };
/** No fact, whatever its importance, is asked more than this many ways. */
export const MAX_PER_FACT = 3;
export const MAX_TRUE_FALSE_SHARE = 0.15;
/** Of the true/false items, at most this share keyed either way: "always True" (or False) must not pay. */
export const MAX_KEYED_SHARE = 0.6;
/** Each kind the drafts offer without a flaw keeps at least this many items, for the blueprint's mix. */
export const MIN_PER_KIND = 2;
/** Below this an item is kept only when its fact has nothing better. */
export const MIN_SCORE = 2.2;

/** The fact's importance as the fact file gives it; a fact without one is supporting. */
export function importanceOf(fact: Fact | undefined): Importance {
  const value = fact === undefined ? undefined : (fact as { importance?: unknown }).importance;
  return value === "core" || value === "peripheral" ? value : "supporting";
}

/** What a teacher would rather set first: items that make a learner think, on choices that don't cue. */
const KIND_WORTH: Record<Question["kind"], number> = {
  "single-choice": 3,
  "multi-select": 3,
  matching: 2.6,
  ordering: 2.6,
  cloze: 2.2,
  date: 1.6,
  // A teacher's audit found nearly every "which sentence supports…" item cued by the names the
  // statement and its sentence share (docs/QUALITY.md): kept where a fact has nothing better.
  evidence: 0.4,
  "true-false": 0.8,
};

/** A date, a count or a title: the trivia a peripheral fact must not be asked as. */
export function asksTrivia(q: Question): boolean {
  // Which sentence proves a fact asks for reading, not for a date, a count or a title.
  if (q.kind === "evidence") return false;
  if (q.kind === "date" || q.kind === "ordering") return true;
  if (q.kind === "cloze" && (q.answerType === "date" || q.answerType === "quantity")) return true;
  const slot = "probe" in q && q.probe !== undefined && "slot" in q.probe ? q.probe.slot : undefined;
  if (slot === "date" || slot === "deadline" || slot === "quantity" || slot === "office" || slot === "person")
    return true;
  if ((q.kind === "true-false" || q.kind === "single-choice") && q.topic === "figure") return true;
  return q.topic === "people";
}

export function scoreItem(
  q: Question,
  facts: ReadonlyMap<string, Fact>,
  options: ChooseOptions = {},
): number | undefined {
  const flaws = options.flaws?.(q) ?? [];
  // A teacher's audit rejected every item the lint flags as moderate (docs/QUALITY.md): a flawed
  // item is not offered at all, and a fact with nothing better goes unasked rather than badly asked.
  if (flaws.some((f) => f.severity === "serious" || f.severity === "moderate")) return undefined;
  const importance = q.factIds.map((id) => importanceOf(facts.get(id)));
  let score = KIND_WORTH[q.kind];
  // A peripheral fact's date, count or title: kept only when the fact has nothing else to ask.
  if (importance.every((i) => i === "peripheral") && asksTrivia(q)) score -= 10;
  if (q.aim !== undefined && q.aim !== "recall") score += 2.5;
  // Of a fact's understanding items, why it happened is what a teacher asks first.
  if (q.aim === "why") score += 0.5;
  // A false statement a reader must catch tests more than one restating the text, and it is what keeps
  // "always True" from paying (step 4 caps the True-keyed share).
  if (q.kind === "true-false" && q.answers[0] === "False") score += 1.5;
  if (importance.includes("core")) score += 1.5;
  else if (importance.includes("supporting")) score += 0.5;
  score -= 2 * flaws.filter((f) => f.severity === "moderate").length;
  score -= 0.3 * flaws.filter((f) => f.severity === "minor").length;
  if (options.solvedByCue?.(q) === true) {
    // "Which sentence supports this?" answered from the words it shares is no test of reading at all.
    if (q.kind === "evidence") return undefined;
    score -= 1.5;
  }
  return score;
}

/**
 * The chosen bank. First every fact with a clean draft gets its best item, then
 * the rest go in by score while each of their facts has room; each clean kind
 * keeps a few items; true/false is capped per fact, in share and in keys. Items
 * that give each other away stay, as enemies a quiz keeps apart (quiz.ts). Ties
 * break by id: same drafts, same bank.
 */
type Scored = { q: Question; score: number };

export function chooseItems(
  candidates: readonly Question[],
  facts: readonly Fact[],
  options: ChooseOptions = {},
): Question[] {
  const byId = new Map(facts.map((f) => [f.id, f]));
  const perFact = options.perFact ?? DEFAULT_PER_FACT;
  const cap = (id: string) => Math.min(MAX_PER_FACT, perFact[importanceOf(byId.get(id))]);
  const scored = candidates
    .map((q) => ({ q, score: scoreItem(q, byId, options) }))
    .filter((s): s is Scored => s.score !== undefined)
    .sort((a, b) => b.score - a.score || (a.q.id < b.q.id ? -1 : a.q.id > b.q.id ? 1 : 0));

  const count = new Map<string, number>();
  const trueFalseOf = new Set<string>();
  const chosen = new Map<string, Scored>();
  // One true/false per fact, and per topic: "Russia backs Bashar al-Assad" beside "Russia backs the Syrian
  // rebels" answers it (round-H audit), and a topic asked as statements three ways is asked too often.
  const tfKeys = (q: Question) => [...q.factIds, `topic:${q.topic}`];
  const tfFree = (q: Question) => q.kind !== "true-false" || tfKeys(q).every((k) => !trueFalseOf.has(k));
  const fits = (q: Question) => q.factIds.every((id) => (count.get(id) ?? 0) < cap(id)) && tfFree(q);
  const take = (s: Scored) => {
    chosen.set(s.q.id, s);
    for (const id of s.q.factIds) count.set(id, (count.get(id) ?? 0) + 1);
    if (s.q.kind === "true-false") for (const k of tfKeys(s.q)) trueFalseOf.add(k);
  };

  // 1. Each fact's best item about that fact alone (items over several facts come later).
  const single = new Map<string, Scored>();
  for (const s of scored) {
    if (s.q.factIds.length !== 1 || s.q.kind === "true-false") continue;
    const id = s.q.factIds[0] ?? "";
    if (!single.has(id)) single.set(id, s);
  }
  for (const s of single.values()) if (fits(s.q)) take(s);
  // 2. Facts still unasked get whatever they have, true/false included, before the
  //    rest fill the room an item over several facts needs.
  const covered = () => new Set([...chosen.values()].flatMap((s) => s.q.factIds));
  for (const s of scored) {
    const now = covered();
    const room = s.q.factIds.every((id) => (count.get(id) ?? 0) < MAX_PER_FACT) && tfFree(s.q);
    if (!chosen.has(s.q.id) && room && s.q.factIds.some((id) => !now.has(id))) take(s);
  }

  // 3. The rest by score, if worth a learner's time: a weak item is kept only to cover a fact.
  //    Not a second date item with the same key: "When did they disagree at the Tehran summit?" beside "When
  //    was the Tehran summit?" asks one date twice (round-H audit).
  const dateAsked = (q: Question) =>
    q.kind === "date" && [...chosen.values()].some((c) => c.q.kind === "date" && c.q.answers[0] === q.answers[0]);
  for (const s of scored) if (!chosen.has(s.q.id) && s.score >= MIN_SCORE && fits(s.q) && !dateAsked(s.q)) take(s);
  // Swapping an item for another draft of its facts, where the bank needs to lose it.
  const holders = (id: string) => [...chosen.values()].filter((c) => c.q.factIds.includes(id)).length;
  /** The core facts this item alone asks. */
  const soleCore = (s: Scored) =>
    s.q.factIds.filter((id) => importanceOf(byId.get(id)) === "core" && holders(id) === 1);
  const standIn = (s: Scored, ok: (r: Scored) => boolean) =>
    scored.find(
      (r) =>
        !chosen.has(r.q.id) &&
        ok(r) &&
        r.q.factIds.some((id) => s.q.factIds.includes(id)) &&
        soleCore(s).every((id) => r.q.factIds.includes(id)) &&
        r.q.factIds.every((id) => s.q.factIds.includes(id) || (count.get(id) ?? 0) < MAX_PER_FACT),
    );
  const drop = (s: Scored) => {
    chosen.delete(s.q.id);
    for (const id of s.q.factIds) count.set(id, (count.get(id) ?? 1) - 1);
    if (s.q.kind === "true-false") for (const k of tfKeys(s.q)) trueFalseOf.delete(k);
  };
  // 4. Every kind the drafts offer cleanly has a few items, so a quiz can mix them (the blueprint).
  //     Not "which sentence supports this?": every audit found its keys cued or its statement split
  //     across paragraphs, so it comes in only on its score.
  for (const kind of new Set(scored.map((s) => s.q.kind))) {
    if (KIND_WORTH[kind] < 1) continue;
    const have = [...chosen.values()].filter((c) => c.q.kind === kind).length;
    const spare = scored.filter(
      (s) => s.q.kind === kind && !chosen.has(s.q.id) && s.q.factIds.every((id) => (count.get(id) ?? 0) < MAX_PER_FACT),
    );
    for (const s of spare.slice(0, Math.max(0, MIN_PER_KIND - have))) take(s);
  }
  // 5. True/false down to its share, and no key past MAX_KEYED_SHARE, so a guess of "True" or "False"
  //    does not pay: an item of the leading key is swapped for another draft of its facts, or dropped,
  //    the items whose facts keep another item first.
  const limit = options.trueFalseShare ?? MAX_TRUE_FALSE_SHARE;
  const isTf = (c: Scored) => c.q.kind === "true-false";
  const keyedTrue = (c: Scored) => isTf(c) && c.q.answers[0] === "True";
  /** Over the share, and which key leads past MAX_KEYED_SHARE: "always True" (or False) must not pay. */
  const tfOver = () => {
    const all = [...chosen.values()];
    const tfs = all.filter(isTf).length;
    const trues = all.filter(keyedTrue).length;
    const lead = trues > MAX_KEYED_SHARE * tfs ? TRUE : tfs - trues > MAX_KEYED_SHARE * tfs ? FALSE : undefined;
    return { share: tfs > limit * all.length, lead };
  };
  const keyOf = (c: Scored) => c.q.answers[0];
  /** Drops one item of the leading key, the least needed first, for a stand-in draft of its facts where one exists. */
  const dropOne = (): boolean => {
    const over = tfOver();
    const tfs = [...chosen.values()].filter(isTf);
    const majority = tfs.filter(keyedTrue).length * 2 >= tfs.length ? TRUE : FALSE;
    const leading = over.lead ?? majority;
    const [c] = tfs
      .filter((t) => keyOf(t) === leading)
      .sort((x, y) => soleCore(x).length - soleCore(y).length || x.score - y.score);
    if (c === undefined) return false;
    const stand = standIn(c, (r) => !isTf(r) || (!over.share && keyOf(r) !== leading));
    drop(c);
    if (stand !== undefined) take(stand);
    return true;
  };
  // 5a. Down to the share.
  while (tfOver().share && dropOne());
  // 5b. While one key leads, a statement of the other comes in where one fits (within the share), else one
  //     of the leading key goes: dropping it frees its topic for the other key on the next turn. A core
  //     fact whose one item is a true statement may go unasked for it (bank:report lists it).
  const roomInShare = () => {
    const all = [...chosen.values()];
    return all.filter(isTf).length + 1 <= limit * (all.length + 1);
  };
  const otherKeyThatFits = (leading: string) =>
    scored.find(
      (s) =>
        isTf(s) &&
        keyOf(s) !== leading &&
        !chosen.has(s.q.id) &&
        tfFree(s.q) &&
        s.q.factIds.every((id) => (count.get(id) ?? 0) < MAX_PER_FACT),
    );
  for (let { lead } = tfOver(); lead !== undefined; { lead } = tfOver()) {
    const next = otherKeyThatFits(lead);
    if (next !== undefined && roomInShare()) take(next);
    else if (!dropOne()) break;
  }
  // 5c. Evening may leave the kind with fewer than a quiz's few: a true and a false statement on two other
  //     topics come in together, so the keys stay even.
  while ([...chosen.values()].filter(isTf).length + 2 <= MIN_PER_KIND && roomInShare()) {
    const no = otherKeyThatFits(TRUE);
    if (no === undefined) break;
    const yes = scored.find(
      (s) =>
        isTf(s) &&
        keyOf(s) === TRUE &&
        s.q.topic !== no.q.topic &&
        !chosen.has(s.q.id) &&
        tfFree(s.q) &&
        s.q.factIds.every((id) => !no.q.factIds.includes(id) && (count.get(id) ?? 0) < MAX_PER_FACT),
    );
    if (yes === undefined) break;
    take(no);
    take(yes);
  }
  return [...chosen.values()].map((s) => s.q).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

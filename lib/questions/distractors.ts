// Wrong answers that are plausible (same type and form as the answer, from the same
// story where possible), deterministic by seed, and never true: each is put into the
// question's claim and judged against the whole fact base before it is offered.
import type { FactDate } from "../facts/schema";
import type { Ask } from "./asks/types";
import type { GenerationContext } from "./context";
import { daysBetween, shiftDate } from "./dates";
import { nearbyQuantities } from "./quantities";
import { hashString, mixHashes } from "./random";
import {
  dateValue,
  entityValue,
  fillSlot,
  quantityValue,
  readValue,
  SLOT_TYPES,
  valueKey,
  type SlotValue,
} from "./slots";
import { normalizeText } from "./text";

/** The fewest wrong answers that still make a choice. */
export const MIN_DISTRACTORS = 2;

/** Nearby days and months: close enough to be tempting, never the day itself or the day beside it. */
const DAY_SHIFTS = [-14, -10, -7, -5, -3, -2, 2, 3, 5, 7, 10, 14];
const MONTH_SHIFTS = [-4, -3, -2, -1, 1, 2, 3, 4];
const YEAR_SHIFTS = [-3, -2, -1, 1, 2, 3];
/** How far a date from the story may be from the answer and still tempt, by precision. */
const WINDOW_DAYS = { day: 60, month: 730, year: 3650 } as const;
/** At most this many story dates are considered: the nearest ones. */
const STORY_DATES = 12;

/** The first index in sorted `dates` whose day is not before `on` (binary search). */
function lowerBound(dates: readonly FactDate[], on: string): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((dates[mid]?.on ?? "") < on) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A deadline is set on a round day ("by the end of the year", "by October 15"): days around it are
 * near misses no deal would set, so its wrong options move by whole months (round-G audit: "3 January
 * 2019" beside "31 December 2018").
 */
function dateCandidates(ctx: GenerationContext, date: FactDate, deadline = false): SlotValue[][] {
  const sorted = ctx.pools.dates.get(date.precision) ?? [];
  // Walk outwards from the answer's place in the sorted list: the nearest story dates, linear in the few taken.
  const fromStory: FactDate[] = [];
  const at = lowerBound(sorted, date.on);
  let left = at - 1;
  let right = at;
  while (fromStory.length < STORY_DATES && (left >= 0 || right < sorted.length)) {
    const l = sorted[left];
    const r = sorted[right];
    const takeLeft = l !== undefined && (r === undefined || daysBetween(l, date) <= daysBetween(date, r));
    const next = takeLeft ? l : r;
    if (takeLeft) left--;
    else right++;
    if (next === undefined || Math.abs(daysBetween(date, next)) > WINDOW_DAYS[date.precision]) break;
    if (next.on !== date.on) fromStory.push(next);
  }
  const shifts =
    date.precision === "day" && !deadline
      ? DAY_SHIFTS.map((n) => shiftDate(date, n, "day"))
      : date.precision === "day"
        ? MONTH_SHIFTS.map((n) => shiftDate(date, n, "month"))
        : date.precision === "month"
          ? MONTH_SHIFTS.map((n) => shiftDate(date, n, "month"))
          : YEAR_SHIFTS.map((n) => shiftDate(date, n, "year"));
  return [fromStory.map(dateValue), shifts.map(dateValue)];
}

function sameArticleEntities(ctx: GenerationContext, ask: Ask): SlotValue[] {
  const ids = new Set<string>();
  for (const fact of ask.facts) {
    for (const ev of fact.evidence) for (const id of ctx.articleEntities.get(ev.article) ?? []) ids.add(id);
  }
  return [...ids].sort().map(entityValue);
}

/** Candidates in tiers, most plausible first; the fallback tier (anything of the type) is used only to reach the minimum. */
function candidateTiers(
  ctx: GenerationContext,
  ask: Ask,
  seed: number,
): { tiers: SlotValue[][]; fallback: SlotValue[] } {
  const first = ask.answers[0];
  switch (SLOT_TYPES[ask.slot]) {
    case "entity": {
      const types = new Set(ask.entityTypes ?? []);
      const sameType = (tier: SlotValue[]) =>
        tier.filter((v) => {
          const type = v.type === "entity" ? ctx.index.entities.type(v.id) : undefined;
          return type !== undefined && types.has(type);
        });
      const all = [...types].flatMap((t) => ctx.pools.entitiesOfType.get(t) ?? []);
      return { tiers: [...ask.tiers, sameArticleEntities(ctx, ask)].map(sameType), fallback: sameType(all) };
    }
    case "date":
      return {
        tiers: [
          ...ask.tiers,
          ...(first?.type === "date" ? dateCandidates(ctx, first.date, ask.slot === "deadline") : []),
        ],
        fallback: [],
      };
    case "quantity":
      return {
        tiers: [...ask.tiers, first?.type === "quantity" ? nearbyQuantities(first.quantity).map(quantityValue) : []],
        fallback: [],
      };
    case "text": {
      // Similar length first: a much longer option stands out as the odd one.
      const length = first?.type === "text" ? first.text.length : 0;
      const similar = (v: SlotValue) =>
        v.type === "text" && v.text.length <= length * 2 + 10 && v.text.length * 2 + 10 >= length;
      // Ranked first (the best few of each tier), so a big pool costs one pass, not a copy per question.
      const best = ask.tiers.map((t) => ranked(t, seed));
      return { tiers: best.map((t) => t.filter(similar)), fallback: best.flat() };
    }
  }
}

function identity(value: SlotValue): string {
  return value.type === "text" ? `t:${normalizeText(value.text)}` : valueKey(value);
}

/** Hashes of pool values, computed once per value object (pools reuse the same objects). */
const HASHES = new WeakMap<SlotValue, number>();

function hashOf(value: SlotValue): number {
  let h = HASHES.get(value);
  if (h === undefined) {
    h = hashString(identity(value));
    HASHES.set(value, h);
  }
  return h;
}

/** Candidates ranked for this question, best first; only the top few of a big tier are ever needed. */
const RANKED = 48;

/**
 * Rendezvous ranking (score = hash(seed, candidate)): adding a candidate elsewhere never
 * reorders the rest. Big tiers keep only their best RANKED by score before sorting.
 */
function ranked(tier: readonly SlotValue[], seed: number): SlotValue[] {
  const scores = new Uint32Array(tier.length);
  for (let i = 0; i < tier.length; i++) scores[i] = mixHashes(seed, hashOf(tier[i] as SlotValue));
  let keep: number[] = [];
  if (tier.length > RANKED) {
    const cut = Uint32Array.from(scores).sort()[RANKED - 1] ?? 0xffffffff;
    for (let i = 0; i < tier.length; i++) if ((scores[i] ?? 0) <= cut) keep.push(i);
  } else {
    keep = Array.from(tier.keys());
  }
  keep.sort((a, b) => (scores[a] ?? 0) - (scores[b] ?? 0));
  return keep.map((i) => tier[i] as SlotValue);
}

/**
 * Up to `count` false values for the ask's slot, most plausible tier first and, within
 * a tier, in an order fixed by the seed (rendezvous: adding a candidate elsewhere does
 * not reshuffle the rest). An entity named in the facts' own quotes is never used: the
 * quote may say more than the fact records ("Russia and Iran are key allies").
 */
export function pickDistractors(ctx: GenerationContext, ask: Ask, count: number, seed: string): SlotValue[] {
  const taken = new Set(ask.answers.map(identity));
  const mentioned =
    SLOT_TYPES[ask.slot] === "entity"
      ? ctx.index.entities.mentionTest(ask.facts.flatMap((f) => f.evidence.map((e) => e.quote)))
      : () => false;
  const picked: SlotValue[] = [];
  const seedHash = hashString(seed);
  const { tiers, fallback } = candidateTiers(ctx, ask, seedHash);
  // What learners actually chose wrongly on this fact and field comes first, most chosen first.
  const learned = ctx.misconceptions
    .preferred(
      ask.facts.map((f) => f.id),
      ask.slot,
    )
    .flatMap((text) => readValue(ctx.index.entities, ask.claim, ask.slot, text) ?? []);
  for (const value of learned) {
    if (picked.length >= count) break;
    const id = identity(value);
    if (taken.has(id)) continue;
    taken.add(id);
    if (value.type === "entity" && mentioned(value.id)) continue;
    const claim = fillSlot(ask.claim, ask.slot, value);
    if (claim !== undefined && ctx.truth(claim) === "false") picked.push(value);
  }
  for (const [tier, limit] of [
    ...tiers.map((t) => [t, count] as const),
    [fallback, Math.min(count, MIN_DISTRACTORS)] as const,
  ]) {
    for (const value of ranked(tier, seedHash)) {
      if (picked.length >= limit) break;
      const id = identity(value);
      if (taken.has(id)) continue;
      taken.add(id);
      if (value.type === "entity" && mentioned(value.id)) continue;
      const claim = fillSlot(ask.claim, ask.slot, value);
      if (claim === undefined || ctx.truth(claim) !== "false") continue;
      picked.push(value);
    }
  }
  return picked;
}

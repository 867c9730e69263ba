// Everything generators share for one corpus: the indexed fact base and the pools
// of plausible wrong answers, built once so generation stays linear in the facts.
import type { Corpus } from "../facts/corpus";
import type { EntityType, Fact, FactDate, FactOfKind } from "../facts/schema";
import { entityValue, textValue, type SlotValue } from "./slots";
import { entitiesOf, indexFacts, officeKey, type FactIndex } from "./fact-index";
import { evaluateClaim, type Truth } from "./truth";
import type { Claim } from "./schema";
import { normalizeText } from "./text";
import { NO_MISCONCEPTIONS, type MisconceptionIndex } from "./misconceptions";

/**
 * Candidate wrong answers by role, built once per corpus as slot values (the same
 * objects every time, so distractor ranking can cache their hashes).
 */
export type Pools = {
  backers: SlotValue[];
  backed: SlotValue[];
  meetingPlaces: SlotValue[];
  meetingParticipants: SlotValue[];
  officeHolders: SlotValue[];
  /** Offices as first written, one per spelling-insensitive key. */
  offices: SlotValue[];
  dealParties: SlotValue[];
  requiresByAgreement: Map<string, SlotValue[]>;
  requires: SlotValue[];
  /** Events sorted by day, for "which of these happened then" distractors from nearby in time. */
  eventsByDay: FactOfKind<"event">[];
  /** Dates facts give, by precision, sorted, for date distractors that are real dates in the story. */
  dates: Map<FactDate["precision"], FactDate[]>;
  /** Every entity of a type, for the last-resort tier. */
  entitiesOfType: Map<EntityType, SlotValue[]>;
};

export type GenerationContext = {
  index: FactIndex;
  pools: Pools;
  /** Entities the facts of each article talk about. */
  articleEntities: Map<string, Set<string>>;
  /** Facts citing each article, by id. */
  factsByArticle: Map<string, Fact[]>;
  factsByKind: Map<Fact["kind"], Fact[]>;
  /** Where each fact sits in its kind's list. */
  positionInKind: Map<Fact, number>;
  truth(claim: Claim): Truth;
  /** Wrong answers learners converged on, offered first as distractors in sibling items. */
  misconceptions: MisconceptionIndex;
};

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function distinct(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

function distinctText(values: Iterable<string>, key: (s: string) => string = normalizeText): string[] {
  const seen = new Map<string, string>();
  for (const v of values) if (!seen.has(key(v))) seen.set(key(v), v);
  return [...seen.values()].sort();
}

function factDates(fact: Fact): FactDate[] {
  switch (fact.kind) {
    case "meeting":
      return fact.date ? [fact.date] : [];
    case "event":
      return [fact.date];
    case "deal-term":
      return fact.deadline ? [fact.deadline] : [];
    case "figure":
      return fact.asOf ? [fact.asOf] : [];
    default:
      return [];
  }
}

export function createContext(
  corpus: Corpus,
  misconceptions: MisconceptionIndex = NO_MISCONCEPTIONS,
): GenerationContext {
  const index = indexFacts(corpus);
  const facts = index.facts;
  const requiresByAgreement = new Map<string, SlotValue[]>();
  for (const [agreement, terms] of index.dealsByAgreement) {
    requiresByAgreement.set(agreement, distinctText(terms.map((t) => t.requires)).map(textValue));
  }
  const dates = new Map<FactDate["precision"], FactDate[]>();
  const seenDates = new Set<string>();
  for (const fact of facts) {
    for (const d of factDates(fact)) {
      const key = `${d.on}|${d.precision}`;
      if (seenDates.has(key)) continue;
      seenDates.add(key);
      const list = dates.get(d.precision) ?? [];
      list.push(d);
      dates.set(d.precision, list);
    }
  }
  for (const list of dates.values()) list.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));

  const entitiesOfType = new Map<EntityType, SlotValue[]>();
  for (const entity of corpus.entities) push(entitiesOfType, entity.type, entityValue(entity.id));
  for (const list of entitiesOfType.values())
    list.sort((a, b) => (a.type === "entity" && b.type === "entity" && a.id < b.id ? -1 : 1));
  const ids = (values: Iterable<string>) => distinct(values).map(entityValue);
  const texts = (values: Iterable<string>, key?: (s: string) => string) => distinctText(values, key).map(textValue);
  const pools: Pools = {
    backers: ids(index.backingsByBacker.keys()),
    backed: ids(index.backingsByBacked.keys()),
    meetingPlaces: ids(index.meetings.flatMap((m) => (m.place ? [m.place] : []))),
    meetingParticipants: ids(index.meetings.flatMap((m) => m.participants)),
    officeHolders: ids(index.rolesByPerson.keys()),
    offices: texts(
      [...index.rolesByOffice.values()].flatMap((roles) => roles.map((r) => r.office)),
      officeKey,
    ),
    dealParties: ids([...index.dealsByAgreement.values()].flatMap((ts) => ts.flatMap((t) => t.parties))),
    requiresByAgreement,
    requires: texts([...index.dealsByAgreement.values()].flatMap((ts) => ts.map((t) => t.requires))),
    eventsByDay: [...index.events].sort((a, b) =>
      a.date.on < b.date.on ? -1 : a.date.on > b.date.on ? 1 : a.id < b.id ? -1 : 1,
    ),
    dates,
    entitiesOfType,
  };

  const articleEntities = new Map<string, Set<string>>();
  const factsByArticle = new Map<string, Fact[]>();
  const factsByKind = new Map<Fact["kind"], Fact[]>();
  for (const fact of facts) {
    push(factsByKind, fact.kind, fact);
    for (const article of new Set(fact.evidence.map((e) => e.article))) {
      const set = articleEntities.get(article) ?? new Set<string>();
      for (const id of entitiesOf(fact)) set.add(id);
      articleEntities.set(article, set);
      push(factsByArticle, article, fact);
    }
  }

  const positionInKind = new Map<Fact, number>();
  for (const list of factsByKind.values()) list.forEach((f, i) => positionInKind.set(f, i));

  return {
    index,
    pools,
    articleEntities,
    factsByArticle,
    factsByKind,
    positionInKind,
    truth: (claim) => evaluateClaim(claim, index),
    misconceptions,
  };
}

/**
 * Facts of a kind to set beside this one (matching): those citing the same articles
 * first, then the next few by id. Bounded, so big corpora stay linear.
 */
export function companionFacts<K extends Fact["kind"]>(
  ctx: GenerationContext,
  fact: Fact,
  kind: K,
  limit = 24,
): Extract<Fact, { kind: K }>[] {
  const isKind = (f: Fact): f is Extract<Fact, { kind: K }> => f.kind === kind && f !== fact;
  const out = new Set<Extract<Fact, { kind: K }>>();
  for (const article of new Set(fact.evidence.map((e) => e.article))) {
    for (const f of ctx.factsByArticle.get(article) ?? []) if (isKind(f) && out.size < limit) out.add(f);
  }
  const all = ctx.factsByKind.get(kind) ?? [];
  const at = ctx.positionInKind.get(fact) ?? 0;
  for (let k = 1; k < all.length && out.size < limit; k++) {
    const f = all[(at + k) % all.length];
    if (f !== undefined && isKind(f)) out.add(f);
  }
  return [...out];
}

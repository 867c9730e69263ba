// The fact base indexed by what questions ask about (entity, measure, agreement),
// so checking a candidate answer never scans every fact.
import type { Article } from "../content/schema";
import { assertNever } from "../domain/assert-never";
import type { Corpus } from "../facts/corpus";
import type { Fact, FactOfKind } from "../facts/schema";
import { indexEntities, type EntityIndex } from "./entities";
import { normalizeText } from "./text";

type Backing = FactOfKind<"backing">;
type Meeting = FactOfKind<"meeting">;
type Role = FactOfKind<"role">;
type Figure = FactOfKind<"figure">;
type Event = FactOfKind<"event">;
type DealTerm = FactOfKind<"deal-term">;

export type FactIndex = {
  /** Facts that count: reviewed and proposed. Rejected facts neither ask nor answer. */
  facts: Fact[];
  byId: Map<string, Fact>;
  entities: EntityIndex;
  articles: Map<string, Article>;
  backingsByBacked: Map<string, Backing[]>;
  backingsByBacker: Map<string, Backing[]>;
  meetings: Meeting[];
  meetingsByParticipant: Map<string, Meeting[]>;
  meetingsByPlace: Map<string, Meeting[]>;
  rolesByPerson: Map<string, Role[]>;
  rolesByOffice: Map<string, Role[]>;
  figuresByMeasure: Map<string, Figure[]>;
  events: Event[];
  eventsByWhat: Map<string, Event[]>;
  /** Events by their ISO day and precision ("2018-09-17|day"). */
  eventsByDate: Map<string, Event[]>;
  dealsByAgreement: Map<string, DealTerm[]>;
  /** Facts that state the same thing (see claimKey), for evidence questions. */
  byClaimKey: Map<string, Fact[]>;
  /** People by the country they belong to: a meeting of Putin is a meeting of Russia. */
  peopleByCountry: Map<string, string[]>;
};

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function measureKey(measure: string): string {
  return normalizeText(measure);
}

export function officeKey(office: string): string {
  return normalizeText(office);
}

/** Facts with the same key say the same thing, whichever article they come from. */
export function claimKey(fact: Fact): string {
  switch (fact.kind) {
    case "backing":
      return `backing|${fact.backer}|${fact.backed}`;
    case "meeting":
      return `meeting|${[...fact.participants].sort().join(",")}|${fact.place ?? ""}|${fact.date?.on ?? ""}`;
    case "role":
      return `role|${fact.person}|${officeKey(fact.office)}`;
    case "figure":
      return `figure|${measureKey(fact.measure)}|${fact.quantity.min}|${fact.quantity.max}`;
    case "event":
      return `event|${normalizeText(fact.what)}|${fact.date.on}`;
    case "deal-term":
      return `deal|${fact.agreement}|${normalizeText(fact.requires)}`;
    case "motive":
      return `motive|${fact.actor}|${fact.stance}|${normalizeText(fact.aim)}`;
    case "claim":
      return `claim|${fact.claimant}|${normalizeText(fact.claim)}`;
    case "relation":
      return `relation|${[...fact.between].sort().join(",")}|${fact.relation}`;
    case "stated":
      return `stated|${normalizeText(fact.statement)}|${normalizeText(fact.span)}`;
  }
}

export function indexFacts(corpus: Corpus): FactIndex {
  const index: FactIndex = {
    facts: [],
    byId: new Map(),
    entities: indexEntities(corpus.entities),
    articles: new Map(corpus.articles.map((a) => [a.slug, a])),
    backingsByBacked: new Map(),
    backingsByBacker: new Map(),
    meetings: [],
    meetingsByParticipant: new Map(),
    meetingsByPlace: new Map(),
    rolesByPerson: new Map(),
    rolesByOffice: new Map(),
    figuresByMeasure: new Map(),
    events: [],
    eventsByWhat: new Map(),
    eventsByDate: new Map(),
    dealsByAgreement: new Map(),
    byClaimKey: new Map(),
    peopleByCountry: new Map(),
  };
  for (const entity of corpus.entities) {
    if (entity.country !== undefined) push(index.peopleByCountry, entity.country, entity.id);
  }
  const active = corpus.facts
    .filter((f) => f.status !== "rejected")
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const fact of active) {
    index.facts.push(fact);
    index.byId.set(fact.id, fact);
    push(index.byClaimKey, claimKey(fact), fact);
    switch (fact.kind) {
      case "backing":
        push(index.backingsByBacked, fact.backed, fact);
        push(index.backingsByBacker, fact.backer, fact);
        break;
      case "meeting":
        index.meetings.push(fact);
        for (const p of fact.participants) push(index.meetingsByParticipant, p, fact);
        if (fact.place !== undefined) push(index.meetingsByPlace, fact.place, fact);
        break;
      case "role":
        push(index.rolesByPerson, fact.person, fact);
        push(index.rolesByOffice, officeKey(fact.office), fact);
        break;
      case "figure":
        push(index.figuresByMeasure, measureKey(fact.measure), fact);
        break;
      case "event":
        index.events.push(fact);
        push(index.eventsByWhat, normalizeText(fact.what), fact);
        push(index.eventsByDate, `${fact.date.on}|${fact.date.precision}`, fact);
        break;
      case "deal-term":
        push(index.dealsByAgreement, fact.agreement, fact);
        break;
      case "motive":
      case "claim":
      case "relation":
      case "stated":
        // Indexed by id and claim key only: no question asks for them by another key yet.
        break;
      default:
        assertNever(fact);
    }
  }
  return index;
}

/** The entities a fact is about, for "mentioned in the same article" plausibility. */
export function entitiesOf(fact: Fact): string[] {
  switch (fact.kind) {
    case "backing":
      return [fact.backer, fact.backed];
    case "meeting":
      return [...fact.participants, ...(fact.place ? [fact.place] : [])];
    case "role":
      return [fact.person, ...(fact.country ? [fact.country] : [])];
    case "figure":
      return [];
    case "event":
      return fact.actors;
    case "deal-term":
      return [fact.agreement, ...fact.parties];
    case "motive":
      return [fact.actor, ...(fact.about ? [fact.about] : [])];
    case "claim":
      return [fact.claimant, ...fact.coClaimants, ...fact.about];
    case "relation":
      return [...fact.between];
    case "stated":
      return [];
  }
}

// The timeline: meeting and event facts in date order, each date as precise as
// the articles give it, entries of the same date together, planned meetings
// marked as planned, and undated meetings kept apart rather than guessed.
import type { FactOfKind } from "../facts/schema";
import { comparePeriods, labelPeriod, type PeriodLabel } from "./dates";
import { nameLookup, type NameOf } from "./names";
import { isSourcedKind, type EntityName, type SourcedEvidence, type SourcedFact } from "./types";

export type TimelineEntry = {
  factId: string;
  kind: "meeting" | "event";
  /** A short heading: "Three-way summit in Tehran", "Peskov said the situation with Idlib was acute". */
  title: string;
  statement: string;
  date: PeriodLabel | null;
  /** "the Kremlin, Moscow"; null when the text names no place. */
  place: string | null;
  /** Who met, or who acted. */
  people: string[];
  duration: string | null;
  outcome: string | null;
  /** Reported ahead of time: the article says it will happen, not that it did. */
  planned: boolean;
  proposed: boolean;
  evidence: SourcedEvidence[];
};

export type TimelineDate = { date: PeriodLabel; entries: TimelineEntry[] };
export type Timeline = { dates: TimelineDate[]; undated: TimelineEntry[] };

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function meetingEntry(sourced: SourcedFact<FactOfKind<"meeting">>, nameOf: NameOf): TimelineEntry {
  const { fact } = sourced;
  const placeName = fact.place ? nameOf(fact.place) : null;
  const place = [fact.venue, placeName].filter((p): p is string => Boolean(p)).join(", ") || null;
  return {
    factId: fact.id,
    kind: "meeting",
    title: capitalize(placeName ? `${fact.format} in ${placeName}` : fact.format),
    statement: fact.statement,
    date: fact.date ? labelPeriod(fact.date) : null,
    place,
    people: fact.participants.map(nameOf),
    duration: fact.duration ?? null,
    outcome: fact.outcome ?? null,
    planned: fact.planned,
    proposed: sourced.status === "proposed",
    evidence: sourced.evidence,
  };
}

function eventEntry(sourced: SourcedFact<FactOfKind<"event">>, nameOf: NameOf): TimelineEntry {
  const { fact } = sourced;
  return {
    factId: fact.id,
    kind: "event",
    title: capitalize(fact.what),
    statement: fact.statement,
    date: labelPeriod(fact.date),
    place: null,
    people: fact.actors.map(nameOf),
    duration: null,
    outcome: null,
    planned: false,
    proposed: sourced.status === "proposed",
    evidence: sourced.evidence,
  };
}

/** Meetings before the events of the same date: the meeting is usually what the day is known for. */
const KIND_ORDER = { meeting: 0, event: 1 } as const;

export function buildTimeline(facts: readonly SourcedFact[], entities: readonly EntityName[]): Timeline {
  const nameOf = nameLookup(entities);
  const entries = [
    ...facts.filter(isSourcedKind("meeting")).map((f) => meetingEntry(f, nameOf)),
    ...facts.filter(isSourcedKind("event")).map((f) => eventEntry(f, nameOf)),
  ];
  const byDate = new Map<string, TimelineDate>();
  const undated: TimelineEntry[] = [];
  for (const entry of entries) {
    if (!entry.date) {
      undated.push(entry);
      continue;
    }
    const key = `${entry.date.precision}:${entry.date.datetime}`;
    const group = byDate.get(key) ?? { date: entry.date, entries: [] };
    group.entries.push(entry);
    byDate.set(key, group);
  }
  const dates = [...byDate.values()].sort((a, b) => comparePeriods(a.date, b.date));
  // Array.prototype.sort is stable, so same-kind entries keep the order they came in.
  for (const group of dates) group.entries.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  return { dates, undated };
}

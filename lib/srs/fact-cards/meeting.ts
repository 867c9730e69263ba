// "Where and when did Putin, Erdogan and Rouhani hold their three-way summit?"
// The question asks only for what the fact records: place, date, or both.
import type { FactOfKind } from "../../facts/schema";
import {
  capitalize,
  fullName,
  listOf,
  nameUsedIn,
  onDate,
  sentence,
  shortName,
  stripFinalStop,
  type EntityNames,
} from "../wording";
import type { CardText } from "./types";

type Meeting = FactOfKind<"meeting">;

function where(fact: Meeting, names: EntityNames): string | undefined {
  const place = fact.place === undefined ? undefined : fullName(names, fact.place);
  if (fact.venue !== undefined && place !== undefined) return `at ${fact.venue} in ${place}`;
  if (fact.venue !== undefined) return `at ${fact.venue}`;
  return place === undefined ? undefined : `in ${place}`;
}

export function meetingCard(fact: Meeting, names: EntityNames): CardText {
  const who = listOf(fact.participants.map((id) => shortName(names, id)));
  const held = fact.planned ? `were ${who} to hold their ${fact.format}` : `did ${who} hold their ${fact.format}`;
  const place = where(fact, names);
  const when = fact.date === undefined ? undefined : onDate(fact.date);
  // The outcome tells apart meetings of the same people, unless it names the place.
  const outcomeGivesAway =
    fact.place !== undefined && fact.outcome !== undefined && nameUsedIn(names, fact.place, fact.outcome) !== undefined;
  const hint =
    fact.outcome === undefined || outcomeGivesAway ? null : `What came of it: ${stripFinalStop(fact.outcome)}.`;

  if (place !== undefined || when !== undefined) {
    const ask = place !== undefined && when !== undefined ? "Where and when" : place !== undefined ? "Where" : "When";
    return {
      front: `${ask} ${held}?`,
      hint,
      answer: sentence([place, when].filter((p) => p !== undefined).join(", ")),
    };
  }
  if (fact.outcome !== undefined) {
    return { front: `What came of the ${fact.format} between ${who}?`, hint: null, answer: sentence(fact.outcome) };
  }
  return {
    front: `Who held the ${fact.format} the articles report?`,
    hint: null,
    answer: sentence(capitalize(listOf(fact.participants.map((id) => fullName(names, id))))),
  };
}

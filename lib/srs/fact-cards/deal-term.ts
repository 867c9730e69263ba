// "What did the Sochi agreement require about heavy weaponry?" The topic is
// taken from the term's own words; the answer is the term as the fact states it.
import type { FactOfKind } from "../../facts/schema";
import { fullName, listOf, formatFactDate, sentence, stripFinalStop, theName, type EntityNames } from "../wording";
import type { CardText } from "./types";

// Where a requirement's object ends: a preposition, a bracket, a comma or a dash.
const OBJECT_ENDS =
  /\s+(?:along|with|from|against|between|by|including|in|into|to|on|for|at|across|within|under|of)\s+|\s*[(,;:–—]\s*/i;
// "withdrawal of …", "the creation of …", "an exchange of …": the topic is what follows "of".
const NOUN_OF = /^(?:(?:a|an|the)\s+)?[a-z]+\s+of\s+(.+)$/i;
const MEASURE = /\d|^[a-z]+-(?:wide|long|deep|strong|high|year|month|week|day|hour)$/i;

/**
 * What a requirement is about, in its own words: "withdrawal of heavy weaponry
 * (tanks …)" → "heavy weaponry"; "create a 15-20 kilometre-wide demilitarised
 * zone along …" → "a demilitarised zone". Numbers are left out: they are the answer.
 */
export function requirementTopic(requires: string): string | undefined {
  const text = stripFinalStop(requires);
  const object =
    /^no\s+(.+)$/i.exec(text)?.[1] ??
    NOUN_OF.exec(text)?.[1] ??
    (/^(?:a|an|the)\s/i.test(text) ? text : /^[a-z]+\s+(.+)$/i.exec(text)?.[1]);
  if (object === undefined) return undefined;
  const words = (object.split(OBJECT_ENDS)[0] ?? "").split(/\s+/).filter(Boolean);
  const properAt = words.findIndex((w, i) => i > 0 && /^\p{Lu}/u.test(w));
  const kept = (properAt > 0 ? words.slice(0, properAt) : words).filter((w) => !MEASURE.test(w));
  if (/^(?:all|every|any)$/i.test(kept[0] ?? "")) kept.shift();
  if (/^(?:a|an)$/i.test(kept[0] ?? "") && kept[1] !== undefined) kept[0] = /^[aeiou]/i.test(kept[1]) ? "an" : "a";
  const content = kept.filter((w) => !/^(?:a|an|the)$/i.test(w));
  if (content.length === 0 || content.length > 6) return undefined;
  return kept.join(" ");
}

export function dealTermCard(fact: FactOfKind<"deal-term">, names: EntityNames): CardText {
  const agreement = theName(names, fact.agreement);
  const topic = requirementTopic(fact.requires);
  const by = fact.deadline === undefined ? "" : `, by ${formatFactDate(fact.deadline)}`;
  const of = fact.parties.length > 0 ? ` of ${listOf(fact.parties.map((id) => fullName(names, id)))}` : "";
  return {
    front:
      topic !== undefined ? `What did ${agreement} require about ${topic}?` : `What did ${agreement} require${of}?`,
    hint: null,
    answer: sentence(`${stripFinalStop(fact.requires)}${by}`),
  };
}

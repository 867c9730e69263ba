// How a teacher would say it: the one place that turns a fact's fields into
// questions and statements about events, deadlines, figures and titles. Every
// template here was read aloud; where a field can't be put into good English
// (a clause compromise can't parse, a requirement that isn't a verb or a noun),
// the function returns undefined and the item is not asked that way.
import nlp from "compromise";
import type { FactDate, Quantity } from "../facts/schema";
import { capitalize } from "./text";

/** Words that make an event a state or a repeated act: several dates would be defensible. */
const RECURRING =
  /\b(said|says|say|told|called|calls|warned|warns|urged|massed|massing|bombard\w*|shell\w*|spoke|speaks|talks|repeatedly|continued|continues|escalated|slowed|sent|dismissed|criticised|criticized|expected|ongoing|kept|keeps)\b/i;
/** Verbs of one-off, datable events. */
const ONE_OFF =
  /\b(agreed|signed|launched|began|started|ended|held|killed|opened|founded|elected|invaded|declared|seized|captured|disagreed|met|announced|collapsed|withdrew)\b/i;

/** Whether "when" has one answer: a summit, a signature, a launch; never a remark, a call or a bombardment. */
export function isOneOffEvent(what: string): boolean {
  return ONE_OFF.test(what) && !RECURRING.test(what);
}

/**
 * "Turkey launched Operation Spring Shield" → "When did Turkey launch Operation Spring Shield?".
 * Only a clause whose first verb is a plain past tense (no auxiliary) is turned round.
 */
export function whenDid(clause: string): string | undefined {
  const text = clause.trim().replace(/[.!?]+$/, "");
  const verbs = nlp(text).verbs();
  if (verbs.length === 0) return undefined;
  const first = verbs.eq(0);
  const json = first.json({ offset: true })[0] as
    { offset?: { start: number; length: number }; verb?: { auxiliary?: string; negative?: boolean } } | undefined;
  if (!json?.offset || json.verb?.auxiliary || json.verb?.negative) return undefined;
  const { start, length } = json.offset;
  const subject = text.slice(0, start).trim();
  if (subject === "") return undefined;
  // compromise's verb view has toInfinitive; its typings only declare the base view.
  const verbView = first.clone() as unknown as { toInfinitive(): { text(): string } };
  const infinitive = verbView.toInfinitive().text().trim();
  if (infinitive === "" || infinitive.includes(" will ")) return undefined;
  const rest = text.slice(start + length);
  // "When did the war begin with a crackdown …?" asks when it began "with" something: how a war or a talk
  // began is not part of when, so the question stops at the verb.
  if (/^(begin|start|end|erupt)$/i.test(infinitive) && /^\s+with\b/i.test(rest))
    return `When did ${subject} ${infinitive}?`;
  return `When did ${subject} ${infinitive}${rest}?`;
}

/** A requirement written as an action ("create a zone") rather than a noun ("withdrawal of fighters"). */
function isAction(requires: string): boolean {
  const first = requires.trim().split(/\s+/)[0] ?? "";
  if (/^(no|all|the|a|an)$/i.test(first)) return false;
  if (/(al|ion|ment|ance|ence|ing)$/i.test(first)) return false;
  // Read in a frame where only a verb fits: "secure" alone looks like an adjective.
  return nlp(`They must ${requires.trim()}`).has("^they must #Verb");
}

/** "the withdrawal of heavy weaponry": a noun requirement with its article. */
function asNoun(requires: string): string {
  const r = requires.trim().replace(/[.!?]+$/, "");
  return /^(the|a|an|no|all)\b/i.test(r) ? r : `the ${r}`;
}

/** "to create a demilitarised zone" / "for the withdrawal of all radical fighters"; undefined for "no military action". */
export function deadlineFor(requires: string): string | undefined {
  const r = requires.trim().replace(/[.!?]+$/, "");
  if (/^no\b/i.test(r)) return undefined;
  return isAction(r) ? `to ${r}` : `for ${asNoun(r)}`;
}

/** "Under the Sochi agreement, what was the deadline to create …?" */
export function deadlineQuestion(under: string, requires: string): string | undefined {
  const target = deadlineFor(requires);
  return target && `${under}, what was the deadline ${target}?`;
}

/** "Under the Sochi agreement, the deadline to create … was 15 October 2018." */
export function deadlineStatement(under: string, requires: string, when: string): string | undefined {
  const target = deadlineFor(requires);
  return target && `${under}, the deadline ${target} was ${when}.`;
}

/** "Under the Sochi agreement, who was to create …?" / "who was responsible for the withdrawal of …?" */
export function partyQuestion(under: string, requires: string, who: string): string | undefined {
  const r = requires.trim().replace(/[.!?]+$/, "");
  if (/^no\b/i.test(r)) return undefined;
  // "which countries were to…", "which country was to…": the verb agrees with the asked noun.
  const verb = /^which \w+(ies|s)$/i.test(who.trim()) ? "were" : "was";
  return isAction(r) ? `${under}, ${who} ${verb} to ${r}?` : `${under}, ${who} ${verb} responsible for ${asNoun(r)}?`;
}

export function partyStatement(under: string, requires: string, party: string): string | undefined {
  const r = requires.trim().replace(/[.!?]+$/, "");
  if (/^no\b/i.test(r)) return undefined;
  return isAction(r) ? `${under}, ${party} was to ${r}.` : `${under}, ${party} was responsible for ${asNoun(r)}.`;
}

/** Participles that start the clause of what a figure counts: "soldiers killed by …", "people living in …". */
const PARTICIPLE = /^(?:\p{L}+ed|held|made|sent|hit|fled|left|built|taken|seen|given|born|shot|struck|\p{L}+ing)$/u;

/** "Turkish soldiers killed by strikes" → ["Turkish soldiers", "killed by strikes"]; no participle → [counts, ""]. */
function splitCounts(counts: string): [string, string] {
  const words = counts.split(/\s+/);
  // The first word is the counted noun's own ("living" can't be it), so the clause starts after it.
  // A participle after "who have", "that were", … belongs to that relative clause ("Syrians who have fled
  // the war living in Turkey" turns at "living").
  const at = words.findIndex(
    (w, i) =>
      i > 0 &&
      PARTICIPLE.test(w.toLowerCase()) &&
      !/^(during|according|including)$/i.test(w) &&
      !/^(who|that|which|have|has|had|was|were|is|are|be|been)$/i.test(words[i - 1] ?? ""),
  );
  return at < 0 ? [counts, ""] : [words.slice(0, at).join(" "), words.slice(at).join(" ")];
}

/** How a source's bound reads before a number: "more than 30", "up to 900,000". */
const BOUND: Partial<Record<Quantity["qualifier"], string>> = {
  "more-than": "more than",
  "up-to": "up to",
  about: "about",
};

/** Whether figureQuestion puts the quantity's qualifier in the stem, so options show bare numbers. */
export function boundInStem(quantity: Pick<Quantity, "qualifier">): boolean {
  return BOUND[quantity.qualifier] !== undefined;
}

/**
 * "According to Ankara, how many Turkish soldiers were killed by …?", "In 2018, up to how
 * many people were expected to flee …?": what a teacher would ask, with the source's bound
 * and the year when no source pins the figure.
 */
export function figureQuestion(
  counts: string,
  who: string | undefined,
  quantity?: Pick<Quantity, "qualifier">,
  year?: number,
): string {
  const [head, clause] = splitCounts(counts.trim().replace(/[.!?]+$/, ""));
  const bound = quantity === undefined ? undefined : BOUND[quantity.qualifier];
  const howMany = `${bound ? `${bound} how many` : "how many"} ${head} ${clause ? `were ${clause}` : "were there"}`;
  const lead = who ? `According to ${who}, ` : year !== undefined ? `In ${year}, ` : "";
  return lead === "" ? `${capitalize(howMany)}?` : `${lead}${howMany}?`;
}

/** "According to Ankara, 36 Turkish soldiers were killed by …", "There were about 3 million people living in Idlib." */
export function figureStatement(counts: string, who: string | undefined, value: string): string {
  const [head, clause] = splitCounts(counts.trim().replace(/[.!?]+$/, ""));
  const body = clause ? `${value} ${head} were ${clause}` : `there were ${value} ${head}`;
  return who ? `According to ${who}, ${body}.` : `${capitalize(body)}.`;
}

/** Words that say how many met ("bilateral talks"): beside a name that did not, they give a wrong option away. */
export const MEETING_SIZE = /\b(bilateral|two-way|one-on-one|three-way|trilateral|tripartite)\b/i;

/** A summit or talks are held; a process, a track or an initiative is launched ("hold a negotiations process" is not English). */
export function meetingVerb(format: string): { base: string; past: string } {
  return /\b(process|track|initiative|mechanism)\b/i.test(format)
    ? { base: "launch", past: "launched" }
    : { base: "hold", past: "held" };
}

/** Offices of state take the country's possessive ("Russia's Foreign Minister"); a job does not ("a military analyst"). */
export function isOfficeOfState(office: string): boolean {
  return /\b(president|minister|prime|chancellor|king|queen|emir|ambassador|spokes(man|woman|person)|secretary|leader|envoy|commander|chief)\b/i.test(
    office,
  );
}

/** "an analyst at the Jusoor Studies Center", "a military analyst". */
export function withIndefinite(office: string): string {
  const o = office.trim();
  return /^[aeiou]/i.test(o) ? `an ${o}` : `a ${o}`;
}

/** "on 17 September 2018", "in March 2011", "in 2018": the preposition a date takes. */
export function datePreposition(date: Pick<FactDate, "precision">): "on" | "in" {
  return date.precision === "day" ? "on" : "in";
}

export { capitalize };

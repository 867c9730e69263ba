// Dating what isn't one event: calls, warnings, bombardment, massing of troops and
// ongoing talks recur across weeks or years, so several dates are defensible. Ask
// "when" only of one-off events: a summit, a signature, a deadline, a statement.
import type { Fact } from "../../facts/schema";
import type { GenerationContext } from "../context";
import type { Question } from "../schema";
import { normalizeText } from "../text";
import { TRUE } from "../kinds/true-false";
import { flaw, type Flaw } from "./types";
import { distractorsOf, factsOf } from "./words";

/** Words of repeated actions and states. The first of these or of ONE_OFF in a text decides. */
export const RECURRING_WORDS = [
  "repeatedly",
  "regularly",
  "continued",
  "continues",
  "continuing",
  "ongoing",
  "kept",
  "keeps",
  "appealing",
  "urged",
  "urging",
  "warned",
  "warning",
  "warns",
  "bombed",
  "bombing",
  "bombardment",
  "bombarded",
  "shelling",
  "shelled",
  "strikes",
  "airstrikes",
  "massed",
  "massing",
  "amassed",
  "gathered",
  "deployed",
  "reinforced",
  "reinforcing",
  "negotiations",
  "negotiating",
  "talks",
  "process",
  "fighting",
  "clashes",
  "intensified",
  "slowed",
  "phone",
];
/** Words of one-off, datable acts: said, signed, met, launched, a summit. */
export const ONE_OFF_WORDS = [
  "said",
  "says",
  "told",
  "stated",
  "announced",
  "declared",
  "dismissed",
  "denied",
  "confirmed",
  "reported",
  "quoted",
  "signed",
  "agreed",
  "met",
  "meet",
  "meeting",
  "launched",
  "began",
  "started",
  "erupted",
  "unleashed",
  "killed",
  "sent",
  "opened",
  "summit",
  "deadline",
  "expired",
  "held",
  "arrived",
  "visited",
  "spoke",
];

const RECURRING = new Set(RECURRING_WORDS);
const ONE_OFF = new Set(ONE_OFF_WORDS);

/** Whether a description of something that happened is of a repeated action or a state. */
export function isRecurring(text: string): boolean {
  // Talks with a place ("talks in Sochi") are a meeting, one event; "ongoing talks" are not.
  // "Called for a ceasefire" is an appeal, made again and again; "called the situation acute" is a remark.
  const located = text
    .replace(/\b(talks|negotiations|process)\s+(in|at)\s+(?=\p{Lu})/gu, "summit ")
    .replace(/\bcall(?:ed|ing|s)? for\b/giu, "appealing");
  for (const w of normalizeText(located).split(" ")) {
    if (RECURRING.has(w)) return true;
    if (ONE_OFF.has(w)) return false;
  }
  return false;
}

/** The description of what the item dates: the event, or the meeting's format ("phone calls"). */
function datedThing(fact: Fact): string | undefined {
  if (fact.kind === "event") return fact.what;
  // A meeting with a place and a day is one event, whatever it is called; phone calls and rounds recur.
  if (fact.kind === "meeting" && fact.date && /\b(phone|calls?|contacts?|process|rounds?|ongoing)\b/i.test(fact.format))
    return fact.format;
  return undefined;
}

/** Whether the item asks for (or states) the date of its fact. */
function asksDate(q: Question): boolean {
  if (q.kind === "date") return true;
  if (q.kind === "cloze") return q.answerType === "date";
  if (q.kind === "single-choice" || q.kind === "multi-select") return q.probe?.slot === "date";
  if (q.kind === "true-false")
    return (q.claim?.type === "event" || q.claim?.type === "meeting") && q.claim.date !== undefined;
  return false;
}

export function datingFlaws(q: Question, ctx: GenerationContext): Flaw[] {
  if (asksDate(q)) {
    const stem =
      q.kind === "date"
        ? q.prompt.replace(/^when did this happen:\s*/i, "")
        : q.kind === "true-false"
          ? q.statement
          : q.prompt;
    const fact = factsOf(q, ctx)[0];
    const thing = fact && datedThing(fact);
    // A meeting is judged by its format alone: the stem's "talks" are the meeting's.
    const recurring =
      (thing !== undefined && isRecurring(thing)) ||
      (fact?.kind !== "meeting" && isRecurring(stem.replace(/^when (did|was|were)\s+/i, "")));
    if (!recurring) return [];
    // A true statement that it happened then is still true; a wrong date or a "when" has rivals.
    const severity = q.kind === "true-false" && q.answers[0] === TRUE ? "moderate" : "serious";
    return [
      flaw(
        "recurring-event-dating",
        severity,
        `it dates something that recurs or lasts ("${(thing ?? stem).slice(0, 70)}"), so other dates are defensible`,
      ),
    ];
  }
  // Lists of dated happenings: "Which of these happened on 14 September 2018?", orderings.
  // A recurring key of "which happened in 2018?" did happen then; a recurring wrong option may have too.
  if ((q.kind === "multi-select" || q.kind === "single-choice") && /\bhappened\b/i.test(q.prompt)) {
    const recurring = distractorsOf(q).filter(isRecurring);
    if (recurring.length > 0) {
      return [
        flaw(
          "recurring-event-dating",
          "moderate",
          `the wrong option "${recurring[0]}" recurs or lasts, so it may have happened then too`,
        ),
      ];
    }
  }
  if (q.kind === "ordering") {
    const recurring = q.choices.filter(isRecurring);
    if (recurring.length > 0) {
      return [
        flaw(
          "recurring-event-dating",
          "moderate",
          `"${recurring[0]}" recurs or lasts, so placing it on one date is arguable`,
        ),
      ];
    }
  }
  return [];
}

// Put meetings and events in the order they happened. Only day-precise dates, all
// different, so the right order is never a matter of opinion.
import type { Fact, FactDate } from "../../facts/schema";
import { meetingLabel } from "../asks/meeting";
import { estimateDifficulty, provenance, questionId, TOPIC_OF } from "../build";
import type { GenerationContext } from "../context";
import { daysBetween } from "../dates";
import { claimKey } from "../fact-index";
import { shuffle } from "../random";
import type { QuestionOfKind } from "../schema";
import { capitalize, normalizeText } from "../text";
import { stripFinalStop } from "../asks/words";

export type DatedItem = { fact: Fact; date: FactDate; label: string };

/** Between three and four items: enough to order, few enough to hold in mind. */
const MIN_ITEMS = 3;
const MAX_ITEMS = 4;

/** Every meeting and event with a day-precise date, earliest first. */
export function datedItems(ctx: GenerationContext): DatedItem[] {
  const items: DatedItem[] = [];
  for (const fact of ctx.index.facts) {
    if (fact.kind === "meeting" && fact.date?.precision === "day") {
      items.push({ fact, date: fact.date, label: meetingLabel(ctx, fact) });
    } else if (fact.kind === "event" && fact.date.precision === "day") {
      items.push({ fact, date: fact.date, label: capitalize(stripFinalStop(fact.what)) });
    }
  }
  return items.sort((a, b) =>
    a.date.on < b.date.on ? -1 : a.date.on > b.date.on ? 1 : a.fact.id < b.fact.id ? -1 : 1,
  );
}

/**
 * The item at `at` and its nearest neighbours in time, walking outwards from it in
 * the date-sorted list (linear, not a sort per anchor), skipping any on an already
 * used day, with an already used label, or stating the same thing.
 */
export function orderingAt(items: readonly DatedItem[], at: number): QuestionOfKind<"ordering"> | undefined {
  const own = items[at];
  if (!own) return undefined;
  const anchor = own.fact;
  const chosen: DatedItem[] = [own];
  const clashes = (i: DatedItem) =>
    chosen.some(
      (c) =>
        c.date.on === i.date.on ||
        normalizeText(c.label) === normalizeText(i.label) ||
        claimKey(c.fact) === claimKey(i.fact),
    );
  let left = at - 1;
  let right = at + 1;
  // Many facts on one day would otherwise make the walk long; nearby is what matters.
  for (let budget = 64; budget > 0 && chosen.length < MAX_ITEMS && (left >= 0 || right < items.length); budget--) {
    const l = items[left];
    const r = items[right];
    const takeLeft =
      l !== undefined &&
      (r === undefined || Math.abs(daysBetween(own.date, l.date)) <= Math.abs(daysBetween(own.date, r.date)));
    const next = takeLeft ? l : r;
    if (takeLeft) left--;
    else right++;
    if (next !== undefined && !clashes(next)) chosen.push(next);
  }
  if (chosen.length < MIN_ITEMS) return undefined;
  const inOrder = [...chosen].sort((a, b) => (a.date.on < b.date.on ? -1 : 1));
  const answers = inOrder.map((i) => i.label);
  const id = questionId(anchor.id, "ordering");
  let choices = shuffle(answers, id);
  // A shuffle that happens to be the answer would give it away: rotate it.
  if (choices.every((c, k) => c === answers[k])) choices = [...choices.slice(1), ...choices.slice(0, 1)];
  return {
    id,
    kind: "ordering",
    topic: TOPIC_OF[anchor.kind],
    prompt: "Put these in the order they happened, earliest first.",
    choices,
    answers,
    dates: inOrder.map((i) => i.date),
    ...provenance(inOrder.map((i) => i.fact)),
    difficulty: estimateDifficulty("ordering", answers.length),
  };
}

// What an event fact lets us ask: when it happened, and what happened on a date.
import type { FactOfKind } from "../../facts/schema";
import type { GenerationContext } from "../context";
import { daysBetween } from "../dates";
import { dateValue, textValue, type SlotValue } from "../slots";
import { capitalize, normalizeText } from "../text";
import type { Ask } from "./types";
import { minById, onDate, stripFinalStop } from "./words";
import { isOneOffEvent, whenDid } from "../wording";

type Event = FactOfKind<"event">;

/** How many events near in time to offer as wrong answers to "which of these happened then". */
const NEARBY = 16;

/** What happened near this event's date (other days), nearest first: the tempting wrong answers. */
function nearbyWhats(ctx: GenerationContext, fact: Event): SlotValue[] {
  const sorted = ctx.pools.eventsByDay;
  let at = 0;
  for (let lo = 0, hi = sorted.length; lo < hi;) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid]?.date.on ?? "") < fact.date.on) lo = mid + 1;
    else hi = mid;
    at = lo;
  }
  const out: SlotValue[] = [];
  const seen = new Set<string>();
  for (let left = at - 1, right = at; out.length < NEARBY && (left >= 0 || right < sorted.length);) {
    const l = sorted[left];
    const r = sorted[right];
    const takeLeft =
      l !== undefined && (r === undefined || daysBetween(l.date, fact.date) <= daysBetween(fact.date, r.date));
    const next = takeLeft ? l : r;
    if (takeLeft) left--;
    else right++;
    const key = next ? normalizeText(next.what) : "";
    if (next && next.date.on !== fact.date.on && !seen.has(key)) {
      seen.add(key);
      out.push(textValue(next.what));
    }
  }
  return out;
}

export function eventAsks(ctx: GenerationContext, fact: Event): Ask[] {
  const what = stripFinalStop(fact.what);
  const sameWhat = ctx.index.eventsByWhat.get(normalizeText(fact.what)) ?? [fact];
  const sameDay = ctx.index.eventsByDate.get(`${fact.date.on}|${fact.date.precision}`) ?? [fact];
  const when = onDate(fact.date);
  // "When" only of one-off events with a question English allows; remarks, calls and bombardments recur.
  const oneOff = isOneOffEvent(fact.what);
  const asked = oneOff ? whenDid(what) : undefined;
  const asks: Ask[] = [];
  if (asked !== undefined)
    asks.push({
      key: "date",
      fact,
      anchor: minById(sameWhat) ?? fact,
      facts: sameWhat,
      topic: "event",
      slot: "date",
      claim: { type: "event", what: fact.what, date: fact.date },
      answers: [dateValue(fact.date)],
      prompt: asked,
      statement: (v) => `${capitalize(what)} ${fact.date.precision === "day" ? "on" : "in"} ${v}.`,
      tiers: [],
    });
  if (oneOff)
    asks.push({
      key: "what",
      fact,
      anchor: minById(sameDay) ?? fact,
      facts: sameDay,
      topic: "event",
      slot: "what",
      claim: { type: "event", what: fact.what, date: fact.date },
      answers: [...new Map(sameDay.map((e) => [normalizeText(e.what), e.what])).values()].map(textValue),
      prompt: `Which of these happened ${when}?`,
      multiPrompt: `Which of these happened ${when}? Select all that apply.`,
      statement: (v) => `${capitalize(v)} ${when}.`,
      forTrueFalse: false,
      tiers: [nearbyWhats(ctx, fact)],
    });
  return asks;
}

// Dates in a sentence, resolved against the day the article was published.
// chrono-node reads the expressions; the year or week they fall in follows
// news usage: a past-tense sentence reports what already happened, so a bare
// "Monday" or "September 7" is the latest such day on or before publication;
// a future-tense one ("will meet on Thursday") means the next one on or after.
import * as chrono from "chrono-node";
import type { FactDate } from "../schema";
import { normalizePunctuation } from "./normalize";
import { tagged } from "./tagged";

export type Tense = "past" | "present" | "future";

export type DateMention = {
  /** Offsets in the sentence text. */
  start: number;
  end: number;
  text: string;
  date: FactDate;
  /** "by October 15", "until the end of the year": a time limit, not an occurrence. */
  deadline: boolean;
};

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH_RE = MONTHS.map((m) => `${m[0]?.toUpperCase()}${m.slice(1)}`).join("|");

/** "the end of February", "the end of the year", "end of this month": the last day of that period. */
const endOfPeriod: chrono.Parser = {
  pattern: () =>
    new RegExp(
      `\\b(?:the\\s+)?end\\s+of\\s+(?:(the|this|next|last)\\s+(year|month)|(${MONTH_RE})(?:\\s+((?:19|20)\\d{2}))?)\\b`,
      "i",
    ),
  extract: (context, match) => {
    const ref = context.refDate;
    const relative = match[1]?.toLowerCase();
    const unit = match[2]?.toLowerCase();
    let year = ref.getUTCFullYear();
    let month: number;
    if (unit) {
      const shift = relative === "next" ? 1 : relative === "last" ? -1 : 0;
      if (unit === "year") {
        year += shift;
        month = 12;
      } else {
        const m = ref.getUTCMonth() + shift; // 0-based, may leave the year
        year += Math.floor(m / 12);
        month = (((m % 12) + 12) % 12) + 1;
      }
    } else {
      month = MONTHS.indexOf((match[3] ?? "").toLowerCase()) + 1;
      if (match[4]) year = Number(match[4]);
    }
    const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const yearKnown = Boolean(unit) || Boolean(match[4]);
    return context.createParsingComponents({
      day,
      month,
      ...(yearKnown ? { year } : {}),
    });
  },
};

/** A bare year after a preposition: "in 2011", "since 2014". */
const bareYear: chrono.Parser = {
  pattern: () => /\b(?:in|since|from|until|by|of|during)\s+((?:19|20)\d{2})\b(?![-/]\d)/i,
  extract: (context, match) => context.createParsingComponents({ year: Number(match[1]) }),
};

const newsChrono = (() => {
  const c = chrono.casual.clone();
  c.parsers.unshift(endOfPeriod, bareYear);
  return c;
})();

/** Expressions measured from another event ("10 days after"), not from publication. */
const NOT_ANCHORED =
  /\b(?:ago|after|before|later|earlier|within|past|recent|weekend)\b|(?:\d+|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many))\s*(?:days?|weeks?|months?|years?|hours?|minutes?)\b|^for\b/i;

const DAY_MS = 86_400_000;

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function utcDay(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function dayOf(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/** The year for a month-and-day without one, by tense. */
function pickYear(month: number, day: number, ref: Date, tense: Tense): number {
  const y = ref.getUTCFullYear();
  const candidates = [y - 1, y, y + 1].map((yy) => dayOf(yy, month, day));
  if (tense === "past")
    return (
      [...candidates]
        .reverse()
        .find((d) => d <= ref)
        ?.getUTCFullYear() ?? y
    );
  if (tense === "future") return candidates.find((d) => d >= ref)?.getUTCFullYear() ?? y;
  // No tense to go by: the nearest one.
  const nearest = [...candidates].sort(
    (a, b) => Math.abs(a.getTime() - ref.getTime()) - Math.abs(b.getTime() - ref.getTime()),
  )[0];
  return nearest?.getUTCFullYear() ?? y;
}

/** A bare weekday: the latest one on or before publication (past), else the next one on or after. */
function weekdayFrom(ref: Date, weekday: number, tense: Tense): Date {
  const diff = weekday - ref.getUTCDay();
  if (tense === "past") return new Date(ref.getTime() + (diff <= 0 ? diff : diff - 7) * DAY_MS);
  return new Date(ref.getTime() + (diff >= 0 ? diff : diff + 7) * DAY_MS);
}

function resolve(result: chrono.ParsedResult, ref: Date, tense: Tense): FactDate | undefined {
  const c = result.start;
  const year = c.get("year");
  const month = c.get("month");
  const day = c.get("day");
  // "next week" names no day, and a fact date has no week precision.
  if (/\bweek\b/i.test(result.text)) return undefined;
  const explicitShift = /\b(?:last|next|this|today|tomorrow|yesterday|end of)\b/i.test(result.text);
  if (c.isCertain("day") && c.isCertain("month") && month !== null && day !== null) {
    const y = c.isCertain("year") && year !== null ? year : pickYear(month, day, ref, tense);
    return { on: isoDay(dayOf(y, month, day)), precision: "day" };
  }
  if (c.isCertain("weekday") && !c.isCertain("day")) {
    const weekday = c.get("weekday");
    if (weekday === null) return undefined;
    if (explicitShift) return { on: isoDay(c.date()), precision: "day" };
    return { on: isoDay(weekdayFrom(ref, weekday, tense === "present" ? "future" : tense)), precision: "day" };
  }
  if (c.isCertain("month") && month !== null) {
    const y = c.isCertain("year") && year !== null ? year : pickYear(month, 1, ref, tense);
    return { on: isoDay(dayOf(y, month, 1)), precision: "month" };
  }
  if (c.isCertain("year") && year !== null) return { on: `${year}-01-01`, precision: "year" };
  if (explicitShift && c.isCertain("day")) return { on: isoDay(c.date()), precision: "day" };
  return undefined;
}

type VerbJson = {
  text: string;
  offset?: { start: number; length: number };
  verb?: { grammar?: { tense?: string; isInfinitive?: boolean; conditional?: boolean } };
};

const recentVerbs = new Map<string, VerbJson[]>();

/**
 * The verbs of a sentence with their offsets, parsed once per sentence whatever
 * the number of dates or meeting cues in it (parsing per cue made long sentences
 * cost the square of their length). A few recent sentences are kept.
 */
export function verbsOf(sentence: string): VerbJson[] {
  const cached = recentVerbs.get(sentence);
  if (cached) return cached;
  const verbs = (tagged(sentence).verbs().json({ offset: true }) as VerbJson[]).filter((v) => v.offset);
  if (recentVerbs.size >= 16) recentVerbs.delete(recentVerbs.keys().next().value ?? "");
  recentVerbs.set(sentence, verbs);
  return verbs;
}

/** The tense of the verb that governs a position in a sentence: the nearest verb before it, else after. */
export function tenseAt(sentence: string, offset: number, parsed?: readonly VerbJson[]): Tense {
  const verbs = parsed ?? verbsOf(sentence);
  const covering = verbs.find((v) => v.offset && v.offset.start <= offset && offset < v.offset.start + v.offset.length);
  const before = verbs.filter((v) => (v.offset?.start ?? 0) < offset);
  const governing = covering ?? before[before.length - 1] ?? verbs.find((v) => (v.offset?.start ?? 0) >= offset);
  if (!governing?.offset) return /\b(?:will|upcoming|next)\b/i.test(sentence) ? "future" : "present";
  const lead = sentence.slice(Math.max(0, governing.offset.start - 40), governing.offset.start);
  const phrase = governing.text;
  const g = governing.verb?.grammar;
  if (/\b(?:will|shall|'ll|going to)\b/i.test(phrase) || /\b(?:will|shall)\s+(?:\w+\s+)?$/i.test(lead)) return "future";
  if (g?.conditional || /\bwould\b/i.test(phrase)) return "future";
  // "set to meet", "due to hold", "expected to sign", a headline's "X to meet Y".
  if (/\bto\s+$/i.test(lead) || g?.isInfinitive) return "future";
  if (g?.tense === "PastTense") return "past";
  if (g?.tense === "FutureTense") return "future";
  return "present";
}

/** "next week, on Monday", "last week on Friday": the weekday falls in that week. */
const WEEK_BEFORE = /\b(next|last|this|the following|the coming|the previous)\s+week\s*,?\s*(?:on\s+)?$/i;

/** The given weekday in the week (Monday to Sunday) before, of or after the reference day's. */
function weekdayInWeek(ref: Date, weekday: number, which: string): Date {
  const monday = ref.getTime() - ((ref.getUTCDay() + 6) % 7) * DAY_MS;
  const shift = /next|following|coming/i.test(which) ? 7 : /last|previous/i.test(which) ? -7 : 0;
  return new Date(monday + (shift + ((weekday + 6) % 7)) * DAY_MS);
}

/** "were to", "was due to", "had been supposed to": what was to happen, told after the time for it. */
const PAST_FUTURE =
  /\b(?:was|were)\s+(?:(?:due|supposed|meant|expected|scheduled)\s+)?to\s+(?:[a-z]+\s+){1,12}$|\bhad\s+been\s+(?:due|supposed|meant|expected|scheduled)\s+to\s+(?:[a-z]+\s+){1,12}$/i;
const DEADLINE_BEFORE = /\b(?:by|until|till|before|no later than|not later than|deadline of)\s+(?:the\s+)?$/i;

/** The dates a sentence states, resolved against the publication day. */
export function findDates(sentence: string, publishedOn: string): DateMention[] {
  const text = normalizePunctuation(sentence);
  const ref = utcDay(publishedOn);
  const results = newsChrono.parse(text, { instant: new Date(`${publishedOn}T12:00:00Z`), timezone: 0 });
  const out: DateMention[] = [];
  let verbs: VerbJson[] | undefined;
  for (const r of results) {
    if (NOT_ANCHORED.test(r.text) && !/\bend of\b/i.test(r.text)) continue;
    // A time of day or a number alone is not a date the facts need.
    if (!/[A-Za-z]/.test(r.text) && !/\d{4}/.test(r.text)) continue;
    const lead = /^(?:(?:on|in|at|since|from|until|by|of|during)\s+)/i.exec(r.text)?.[0] ?? "";
    const start = r.index + lead.length;
    // chrono keeps a comma after a weekday ("Tuesday, but ..."): the date's words end before it.
    const end = r.index + r.text.replace(/[\s,;:]+$/, "").length;
    const deadline = DEADLINE_BEFORE.test(text.slice(0, start));
    // A time limit lies ahead of the words that set it, whatever their tense ("agreed to ... by October 15"),
    // unless they say it was set for a time already gone ("were to begin ... by Tuesday, but neither had").
    const lapsed = deadline && PAST_FUTURE.test(text.slice(0, start));
    const week =
      r.start.isCertain("weekday") && !r.start.isCertain("day")
        ? WEEK_BEFORE.exec(text.slice(Math.max(0, r.index - 40), r.index))
        : null;
    const weekday = r.start.get("weekday");
    const resolved =
      week?.[1] && weekday !== null
        ? { on: isoDay(weekdayInWeek(ref, weekday, week[1])), precision: "day" as const }
        : resolve(r, ref, lapsed ? "past" : deadline ? "future" : tenseAt(text, r.index, (verbs ??= verbsOf(text))));
    if (!resolved) continue;
    // "the end of February" as an occurrence is that month; as a time limit, its last day.
    const date: FactDate =
      !deadline && /\bend of\b/i.test(r.text) && resolved.precision === "day" && !/\byear\b/i.test(r.text)
        ? { on: `${resolved.on.slice(0, 7)}-01`, precision: "month" }
        : resolved;
    out.push({ start, end, text: sentence.slice(start, end), date, deadline });
  }
  return out;
}

/** Resolves one expression on its own ("last year", "on Thursday") as if a sentence of that tense held it. */
export function resolveExpression(expression: string, publishedOn: string, tense: Tense): FactDate | undefined {
  const results = newsChrono.parse(normalizePunctuation(expression), {
    instant: new Date(`${publishedOn}T12:00:00Z`),
    timezone: 0,
  });
  const first = results[0];
  return first ? resolve(first, utcDay(publishedOn), tense) : undefined;
}

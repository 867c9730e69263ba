// Dates as precise as the articles give them: shown, read back from what a learner
// types ("Sept 17, 2018", "2018-09-17", "September 17"), and compared.
import type { FactDate } from "../facts/schema";
import { MONTH_NAMES } from "../facts/wording";

const MONTH_WORDS = new Map<string, number>();
MONTH_NAMES.forEach((name, i) => {
  const lower = name.toLowerCase();
  MONTH_WORDS.set(lower, i + 1);
  MONTH_WORDS.set(lower.slice(0, 3), i + 1);
});
MONTH_WORDS.set("sept", 9);

const WEEKDAYS = /^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|sday|nesday|rsday|urday)?$/;

type DateParts = { year: number; month: number; day: number };

function partsOf(date: FactDate): DateParts {
  const [y, m, d] = date.on.split("-").map(Number);
  return { year: y ?? 0, month: m ?? 1, day: d ?? 1 };
}

/** "17 September 2018", "September 2018" or "2018", as precise as the fact (lib/facts/wording). */
export { formatFactDate as formatDate } from "../facts/wording";

/** What a learner wrote, as far as it goes: "September 17" has no year. */
export type TypedDate = { year?: number; month?: number; day?: number };

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads a typed date: ISO (2018-09-17, 2018-09), day-month-year or month-day-year
 * with full or short month names, ordinals, commas and "of", a month and year, or a
 * year. Slash dates (09/10/2018) are refused: they mean different days to different people.
 */
export function parseDateText(text: string): TypedDate | undefined {
  const t = text.trim().toLowerCase();
  const iso = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(t);
  if (iso) {
    const year = Number(iso[1]);
    const month = Number(iso[2]);
    const day = iso[3] === undefined ? undefined : Number(iso[3]);
    return valid({ year, month, day });
  }
  if (/\d\s*[/.]\s*\d/.test(t)) return undefined;
  const tokens = t
    .replace(/(\d+)(st|nd|rd|th)\b/g, "$1")
    .split(/[\s,.]+/)
    .filter((w) => w !== "" && w !== "of" && w !== "the" && w !== "on" && !WEEKDAYS.test(w));
  const out: TypedDate = {};
  for (const token of tokens) {
    const month = MONTH_WORDS.get(token);
    if (month !== undefined) {
      if (out.month !== undefined) return undefined;
      out.month = month;
    } else if (/^\d{4}$/.test(token)) {
      if (out.year !== undefined) return undefined;
      out.year = Number(token);
    } else if (/^\d{1,2}$/.test(token)) {
      if (out.day !== undefined) return undefined;
      out.day = Number(token);
    } else {
      return undefined;
    }
  }
  if (out.day !== undefined && out.month === undefined) return undefined;
  if (out.year === undefined && out.month === undefined) return undefined;
  return valid(out);
}

function valid(date: TypedDate): TypedDate | undefined {
  const { year, month, day } = date;
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined) {
    if (month === undefined || day < 1 || day > daysInMonth(year ?? 2000, month)) return undefined;
  }
  const out: TypedDate = {};
  if (year !== undefined) out.year = year;
  if (month !== undefined) out.month = month;
  if (day !== undefined) out.day = day;
  return out;
}

/**
 * Whether a typed date says what the fact says, at the fact's precision. The year
 * may be left out ("September 17"); a different or more precise date is wrong.
 */
export function typedDateMatches(expected: FactDate, typed: TypedDate): boolean {
  const e = partsOf(expected);
  if (typed.year !== undefined && typed.year !== e.year) return false;
  if (expected.precision === "year") return typed.year !== undefined && typed.month === undefined;
  if (typed.month !== e.month) return false;
  if (expected.precision === "month") return typed.day === undefined;
  return typed.day === e.day;
}

export function dateTextMatches(expected: FactDate, text: string): boolean {
  const typed = parseDateText(text);
  return typed !== undefined && typedDateMatches(expected, typed);
}

/** A typed date read as a fact date, when it names at least a year. */
export function typedToFactDate(typed: TypedDate): FactDate | undefined {
  if (typed.year === undefined) return undefined;
  const mm = String(typed.month ?? 1).padStart(2, "0");
  const dd = String(typed.day ?? 1).padStart(2, "0");
  const precision = typed.day !== undefined ? "day" : typed.month !== undefined ? "month" : "year";
  return { on: `${typed.year}-${mm}-${dd}`, precision };
}

const RANK = { year: 0, month: 1, day: 2 } as const;

/** Two dates that could be the same day, compared at the coarser precision of the two. */
export function datesCompatible(a: FactDate, b: FactDate): boolean {
  const precision = RANK[a.precision] <= RANK[b.precision] ? a.precision : b.precision;
  const length = precision === "year" ? 4 : precision === "month" ? 7 : 10;
  return a.on.slice(0, length) === b.on.slice(0, length);
}

export function sameDate(a: FactDate, b: FactDate): boolean {
  return a.precision === b.precision && datesCompatible(a, b);
}

/** The fact date moved by whole units of its own precision, or by days. */
export function shiftDate(date: FactDate, amount: number, unit: "day" | "month" | "year"): FactDate {
  const { year, month, day } = partsOf(date);
  const d = new Date(Date.UTC(year, month - 1, unit === "day" ? day : 1));
  if (unit === "day") d.setUTCDate(d.getUTCDate() + amount);
  if (unit === "month") d.setUTCMonth(d.getUTCMonth() + amount);
  if (unit === "year") d.setUTCFullYear(d.getUTCFullYear() + amount);
  if (unit !== "day") {
    // Keep the day of month where it exists (31 → 30 in a shorter month).
    const keep = Math.min(day, daysInMonth(d.getUTCFullYear(), d.getUTCMonth() + 1));
    d.setUTCDate(keep);
  }
  return { on: d.toISOString().slice(0, 10), precision: date.precision };
}

/** Days since 1970-01-01 (UTC), read straight from the ISO day: this runs in hot loops. */
function dayNumber(on: string): number {
  const y = Number(on.slice(0, 4));
  const m = Number(on.slice(5, 7));
  const d = Number(on.slice(8, 10));
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** Days from a to b, for "nearby" distractors and ordering. */
export function daysBetween(a: FactDate, b: FactDate): number {
  return dayNumber(b.on) - dayNumber(a.on);
}

/** The ways a learner might write this date, all accepted when typed. */
export function dateVariants(date: FactDate): string[] {
  const { year, month, day } = partsOf(date);
  const name = MONTH_NAMES[month - 1] ?? "";
  const mm = String(month).padStart(2, "0");
  if (date.precision === "year") return [`${year}`];
  if (date.precision === "month") return [`${name} ${year}`, `${year}-${mm}`];
  return [`${day} ${name} ${year}`, `${name} ${day}, ${year}`, `${date.on}`, `${day} ${name}`, `${name} ${day}`];
}

// The one wording of dates and lists, shared by the extractor's statements, the questions, the flashcards
// and the learning aids, so a date or a list of names reads the same wherever a learner meets it.
import type { FactDate } from "./schema";

export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/**
 * Numbers written as words, zero to twenty and the tens: the extractor reads counts in news copy with them
 * ("two leaders", "five phone calls"), and a quiz reads a learner's typed number ("twenty-five thousand").
 */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** "17 September 2018", "September 2018" or "2018": as precise as the fact is, never a made-up day. */
export function formatFactDate(date: FactDate): string {
  const [year, month, day] = date.on.split("-").map(Number);
  const monthName = MONTH_NAMES[(month ?? 1) - 1] ?? "";
  if (date.precision === "year") return `${year}`;
  if (date.precision === "month") return `${monthName} ${year}`;
  return `${day} ${monthName} ${year}`;
}

/** "on 17 September 2018", "in March 2011", "in 2017". */
export function onDate(date: FactDate): string {
  return `${date.precision === "day" ? "on" : "in"} ${formatFactDate(date)}`;
}

/** "A", "A and B", "A, B and C". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1) ?? ""}`;
}

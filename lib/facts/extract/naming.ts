// How a proposed fact's statement names its entities: "Russia", "the Syrian
// government", "Vladimir Putin".
import type { FactDate } from "../schema";
import type { EntityBook } from "./entities";

export function nameOf(book: EntityBook, id: string): string {
  const e = book.get(id);
  if (!e) return id;
  // A common-noun name ("Syrian government", "rebels") reads with an article.
  const lastWord = e.name.split(/\s+/).pop() ?? "";
  const common =
    (e.type === "group" || e.type === "organization" || e.type === "agreement") && /^\p{Ll}/u.test(lastWord);
  return common ? `the ${e.name}` : e.name;
}

/** "Russia", "Russia and Iran", "Putin, Erdogan and Rouhani". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

const MONTH_NAMES = [
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
];

/** "17 September 2018", "February 2020", "2017": as precise as the date is. */
export function formatDate(d: FactDate): string {
  const [y, mo, day] = d.on.split("-").map(Number);
  const month = MONTH_NAMES[(mo ?? 1) - 1] ?? "";
  if (d.precision === "year") return String(y);
  if (d.precision === "month") return `${month} ${y}`;
  return `${day} ${month} ${y}`;
}

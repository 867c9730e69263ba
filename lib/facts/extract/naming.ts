// How a proposed fact's statement names its entities: "Russia", "the Syrian
// government", "Vladimir Putin".
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

/** "Russia", "Russia and Iran", "Putin, Erdogan and Rouhani"; dates as precise as they are (lib/facts/wording). */
export { listOf as joinNames, formatFactDate as formatDate } from "../wording";

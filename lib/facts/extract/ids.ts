// Deterministic ids: the same fact found twice (in one run or the next) gets
// the same id, so re-running the extractor never churns the proposed files.
import type { FactDate } from "../schema";

/** "Recep Tayyip Erdoğan" -> "recep-tayyip-erdogan". */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’´`]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * kind + key entities (+ date, + a few words of what makes it distinct).
 * Entity order is kept for directed relations (backer before backed) and
 * sorted by the caller for symmetric ones (meeting participants).
 */
export function factId(
  kind: string,
  entities: readonly string[],
  extra: { date?: FactDate; words?: string } = {},
): string {
  const parts = [kind, ...entities];
  if (extra.date) parts.push(datePart(extra.date));
  if (extra.words) parts.push(keyWords(extra.words));
  return slugify(parts.filter((p) => p.length > 0).join("-"));
}

function datePart(date: FactDate): string {
  if (date.precision === "year") return date.on.slice(0, 4);
  if (date.precision === "month") return date.on.slice(0, 7);
  return date.on;
}

const STOP = new Set([
  "a",
  "an",
  "the",
  "of",
  "to",
  "and",
  "or",
  "in",
  "on",
  "at",
  "by",
  "for",
  "from",
  "with",
  "all",
  "be",
  "will",
  "must",
  "would",
  "this",
  "that",
  "its",
  "their",
  "his",
  "her",
]);

/** The first content words of a phrase: enough to tell two terms of one deal apart. */
function keyWords(text: string, count = 4): string {
  return slugify(text)
    .split("-")
    .filter((w) => w.length > 0 && !STOP.has(w))
    .slice(0, count)
    .join("-");
}

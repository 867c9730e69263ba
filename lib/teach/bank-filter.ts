// The set page's bank browser: which questions match the teacher's filters.
import type { Question } from "../questions/schema";
import { normalizeText } from "../questions/text";
import type { BankFilter, DifficultyBand } from "./schema";

/** Generated difficulty is a rough 0..1 estimate; three bands are all a teacher needs. */
export function difficultyBand(difficulty: number): DifficultyBand {
  if (difficulty < 0.35) return "easy";
  if (difficulty < 0.55) return "medium";
  return "hard";
}

function searchableText(q: Question): string {
  const extra = "statement" in q ? q.statement : "text" in q ? q.text : "";
  return normalizeText([q.prompt, extra, ...q.choices, ...q.answers, ...q.evidence.map((e) => e.quote)].join(" "));
}

export function matchesFilter(q: Question, f: BankFilter): boolean {
  if (f.topic && q.topic !== f.topic) return false;
  if (f.kind && q.kind !== f.kind) return false;
  if (f.article && !q.articles.includes(f.article)) return false;
  if (f.status && q.status !== f.status) return false;
  if (f.difficulty && difficultyBand(q.difficulty) !== f.difficulty) return false;
  if (f.q) {
    const text = searchableText(q);
    if (
      !normalizeText(f.q)
        .split(" ")
        .filter(Boolean)
        .every((word) => text.includes(word))
    )
      return false;
  }
  return true;
}

export type BankPage<T> = { items: T[]; total: number; page: number; pages: number };

export const BANK_PAGE_SIZE = 20;

/** One page of the matching questions, in bank order; a page past the end shows the last one. */
export function filterBank<T extends Question>(
  questions: readonly T[],
  f: BankFilter,
  pageSize = BANK_PAGE_SIZE,
): BankPage<T> {
  const matching = questions.filter((q) => matchesFilter(q, f));
  const pages = Math.max(1, Math.ceil(matching.length / pageSize));
  const page = Math.min(f.page, pages);
  return { items: matching.slice((page - 1) * pageSize, page * pageSize), total: matching.length, page, pages };
}

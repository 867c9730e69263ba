// Reading the question bank: stored rows back into validated Question objects.
import { questionSchema, type Question } from "../questions/schema";
import type { Db } from "./client";
import { perClientCache } from "./memo";

export type BankQuestion = Question & { hidden: boolean; retired: boolean };

function parseRow(row: { id: string; data: string; hidden: boolean; retired: boolean }): BankQuestion {
  const parsed = questionSchema.safeParse(JSON.parse(row.data));
  if (!parsed.success) throw new Error(`question ${row.id}: stored data no longer matches the question schema`);
  return { ...parsed.data, hidden: row.hidden, retired: row.retired };
}

/** The questions learners may be served: not hidden by a teacher, not retired. */
export async function loadServableBank(db: Db): Promise<Question[]> {
  const rows = await db.question.findMany({ where: { hidden: false, retired: false }, orderBy: { id: "asc" } });
  return rows.map(parseRow);
}

/** Questions by id, whatever their state (an old attempt may point at a retired one). */
export async function getQuestionsById(db: Db, ids: readonly string[]): Promise<Map<string, BankQuestion>> {
  const rows = await db.question.findMany({ where: { id: { in: [...ids] } } });
  return new Map(rows.map((r) => [r.id, parseRow(r)]));
}

const contentCache = perClientCache<string, Question>(10_000);

/**
 * What questions ask and accept, by id, for taking and grading a quiz: the
 * quiz page and every answer read the same few questions, so they are kept in
 * memory. No hidden or retired flags here: an attempt keeps the questions it
 * started with.
 */
export async function getQuestionContent(db: Db, ids: readonly string[]): Promise<Map<string, Question>> {
  const cache = contentCache(db);
  const found = new Map<string, Question>();
  const missing: string[] = [];
  for (const id of ids) {
    const cached = cache.get(id);
    if (cached) found.set(id, cached);
    else missing.push(id);
  }
  if (missing.length > 0) {
    for (const [id, { hidden: _hidden, retired: _retired, ...question }] of await getQuestionsById(db, missing)) {
      cache.set(id, question);
      found.set(id, question);
    }
  }
  return found;
}

/** After the bank is written: the next read goes to the database. */
export function forgetQuestionContent(db: Db): void {
  contentCache(db).clear();
}

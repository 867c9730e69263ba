// Reading the question bank: stored rows back into validated Question objects.
import { questionSchema, type Question } from "../questions/schema";
import type { Db } from "./client";

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

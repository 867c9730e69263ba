// Every table's row count (and the flags a refused request could flip), to show
// that a refused request wrote nothing.
import { expect } from "@playwright/test";
import type { Db } from "../../../lib/db/client";
import { e2eDb } from "./db";

const COUNTS = {
  users: (db: Db) => db.user.count(),
  teachers: (db: Db) => db.user.count({ where: { role: "TEACHER" } }),
  sessions: (db: Db) => db.session.count(),
  accounts: (db: Db) => db.account.count(),
  attempts: (db: Db) => db.attempt.count(),
  finishedAttempts: (db: Db) => db.attempt.count({ where: { finishedAt: { not: null } } }),
  responses: (db: Db) => db.response.count(),
  cards: (db: Db) => db.card.count(),
  reviewLogs: (db: Db) => db.reviewLog.count(),
  questionSets: (db: Db) => db.questionSet.count(),
  questionSetItems: (db: Db) => db.questionSetItem.count(),
  classes: (db: Db) => db.class.count(),
  enrollments: (db: Db) => db.enrollment.count(),
  assignments: (db: Db) => db.assignment.count(),
  reports: (db: Db) => db.questionReport.count(),
  resolvedReports: (db: Db) => db.questionReport.count({ where: { resolvedAt: { not: null } } }),
  articles: (db: Db) => db.article.count(),
  facts: (db: Db) => db.fact.count(),
  hiddenQuestions: (db: Db) => db.question.count({ where: { hidden: true } }),
  rateLimits: (db: Db) => db.rateLimit.count(),
} as const;

export type RowCounts = Record<keyof typeof COUNTS, number>;

export async function rowCounts(db: Db = e2eDb()): Promise<RowCounts> {
  const entries = await Promise.all(
    Object.entries(COUNTS).map(async ([name, count]) => [name, await count(db)] as const),
  );
  return Object.fromEntries(entries) as RowCounts;
}

/** Runs `act` and fails if any count changed; `except` names counts the act may change (the caller says why). */
export async function expectNothingWritten<T>(
  act: () => Promise<T>,
  except: readonly (keyof RowCounts)[] = [],
): Promise<T> {
  const before = await rowCounts();
  const result = await act();
  const after = await rowCounts();
  const keep = (counts: RowCounts) =>
    Object.fromEntries(Object.entries(counts).filter(([name]) => !(except as readonly string[]).includes(name)));
  expect(keep(after), "row counts after a refused request").toEqual(keep(before));
  return result;
}

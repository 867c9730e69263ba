// Every table's row count (and the flags a refused request could flip), to show
// that a refused request wrote nothing.
import { expect } from "@playwright/test";
import type { Db } from "../../../lib/db/client";
import { e2eDb } from "./db";

export type RowCounts = Awaited<ReturnType<typeof rowCounts>>;

export async function rowCounts(db: Db = e2eDb()) {
  const [
    users,
    teachers,
    sessions,
    accounts,
    attempts,
    finishedAttempts,
    responses,
    cards,
    reviewLogs,
    questionSets,
    questionSetItems,
    classes,
    enrollments,
    assignments,
    reports,
    resolvedReports,
    articles,
    facts,
    hiddenQuestions,
    rateLimits,
  ] = await Promise.all([
    db.user.count(),
    db.user.count({ where: { role: "TEACHER" } }),
    db.session.count(),
    db.account.count(),
    db.attempt.count(),
    db.attempt.count({ where: { finishedAt: { not: null } } }),
    db.response.count(),
    db.card.count(),
    db.reviewLog.count(),
    db.questionSet.count(),
    db.questionSetItem.count(),
    db.class.count(),
    db.enrollment.count(),
    db.assignment.count(),
    db.questionReport.count(),
    db.questionReport.count({ where: { resolvedAt: { not: null } } }),
    db.article.count(),
    db.fact.count(),
    db.question.count({ where: { hidden: true } }),
    db.rateLimit.count(),
  ]);
  return {
    users,
    teachers,
    sessions,
    accounts,
    attempts,
    finishedAttempts,
    responses,
    cards,
    reviewLogs,
    questionSets,
    questionSetItems,
    classes,
    enrollments,
    assignments,
    reports,
    resolvedReports,
    articles,
    facts,
    hiddenQuestions,
    rateLimits,
  };
}

/** Runs `act` and fails if any count changed; `except` names counts the act may change (the caller says why). */
export async function expectNothingWritten<T>(act: () => Promise<T>, except: readonly (keyof RowCounts)[] = []): Promise<T> {
  const before = await rowCounts();
  const result = await act();
  const after = await rowCounts();
  const keep = (counts: RowCounts) => Object.fromEntries(Object.entries(counts).filter(([name]) => !(except as readonly string[]).includes(name)));
  expect(keep(after), "row counts after a refused request").toEqual(keep(before));
  return result;
}

// Learners' reports of problems with questions, as teachers work through them.
// The bank is shared by the whole school, so every teacher sees every open report
// (those on questions in their own sets first) and hiding a question hides it for
// everyone's future quizzes; answers already given keep pointing at it.
import { NotFoundError } from "../domain/errors";
import type { Db } from "./client";
import { getQuestionsById, type BankQuestion } from "./questions";

export type OpenReport = {
  id: string;
  message: string;
  createdAt: Date;
  reporterName: string;
  question: BankQuestion;
  /** The question is in one of this teacher's question sets. */
  inYourSets: boolean;
};

export async function openReports(db: Db, teacherId: string): Promise<OpenReport[]> {
  const rows = await db.questionReport.findMany({
    where: { resolvedAt: null },
    orderBy: { createdAt: "desc" },
    take: 200,
    include: { user: { select: { name: true, isAnonymous: true } }, question: { select: { setItems: { where: { set: { ownerId: teacherId } }, select: { setId: true }, take: 1 } } } },
  });
  const questions = await getQuestionsById(db, [...new Set(rows.map((r) => r.questionId))]);
  const out = rows.flatMap((r) => {
    const question = questions.get(r.questionId);
    if (!question) return [];
    return [{
      id: r.id,
      message: r.message,
      createdAt: r.createdAt,
      reporterName: r.user.isAnonymous ? "A guest" : r.user.name,
      question,
      inYourSets: r.question.setItems.length > 0,
    }];
  });
  return out.sort((a, b) => Number(b.inYourSets) - Number(a.inYourSets));
}

export async function countOpenReports(db: Db, teacherId: string): Promise<{ total: number; inYourSets: number }> {
  const [total, inYourSets] = await Promise.all([
    db.questionReport.count({ where: { resolvedAt: null } }),
    db.questionReport.count({ where: { resolvedAt: null, question: { setItems: { some: { set: { ownerId: teacherId } } } } } }),
  ]);
  return { total, inYourSets };
}

export async function resolveReport(db: Db, reportId: string, now: Date): Promise<void> {
  const { count } = await db.questionReport.updateMany({ where: { id: reportId, resolvedAt: null }, data: { resolvedAt: now } });
  if (count === 0 && !(await db.questionReport.findUnique({ where: { id: reportId }, select: { id: true } }))) {
    throw new NotFoundError("That report does not exist.");
  }
}

/** Hides a question from future quizzes (and the bank browser); resolves the report that led to it, if given. */
export async function hideQuestion(db: Db, input: { questionId: string; reportId?: string | undefined; now: Date }): Promise<void> {
  const question = await db.question.findUnique({ where: { id: input.questionId }, select: { id: true } });
  if (!question) throw new NotFoundError("That question does not exist.");
  await db.$transaction([
    db.question.update({ where: { id: input.questionId }, data: { hidden: true } }),
    ...(input.reportId
      ? [db.questionReport.updateMany({ where: { id: input.reportId, questionId: input.questionId, resolvedAt: null }, data: { resolvedAt: input.now } })]
      : []),
  ]);
}

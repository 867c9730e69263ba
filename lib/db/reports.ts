// Learners' reports of problems with questions, for teachers to see.
import { NotFoundError } from "../domain/errors";
import type { Db } from "./client";

/** Refuses a report of a question that does not exist, before anything (a guest session) is made for it. */
export async function assertReportable(db: Db, questionId: string): Promise<void> {
  const exists = await db.question.findUnique({ where: { id: questionId }, select: { id: true } });
  if (!exists) throw new NotFoundError("That question does not exist.");
}

export async function createReport(
  db: Db,
  input: { questionId: string; userId: string; message: string; now: Date },
): Promise<void> {
  await assertReportable(db, input.questionId);
  await db.questionReport.create({
    data: { questionId: input.questionId, userId: input.userId, message: input.message, createdAt: input.now },
  });
}

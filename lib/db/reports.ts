// Learners' reports of a problem with a question, for teachers to see.
import { NotFoundError } from "../domain/errors";
import type { Db } from "./client";

export async function createReport(
  db: Db,
  input: { questionId: string; userId: string; message: string; now: Date },
): Promise<void> {
  const exists = await db.question.findUnique({ where: { id: input.questionId }, select: { id: true } });
  if (!exists) throw new NotFoundError("That question does not exist.");
  await db.questionReport.create({
    data: { questionId: input.questionId, userId: input.userId, message: input.message, createdAt: input.now },
  });
}

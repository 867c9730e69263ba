// Many questions into a teacher's set in one transaction, and one question placed
// at a position. Same rules as adding one: the owner's set only, servable
// questions only (the library's and the teacher's own, less those they hid), no duplicates, at most MAX_SET_QUESTIONS.
import { NotFoundError } from "../domain/errors";
import { placeItem, type BulkAddResult } from "../teach";
import type { Db } from "./client";
import { getOwnSet, MAX_SET_QUESTIONS } from "./teach-sets";

/** Appends the questions in the order given; those already there or not servable are skipped. */
export async function addQuestionsToSet(
  db: Db,
  input: { teacherId: string; setId: string; questionIds: readonly string[] },
): Promise<BulkAddResult> {
  const set = await getOwnSet(db, input.teacherId, input.setId);
  const present = new Set(set.questionIds);
  const wanted = [...new Set(input.questionIds)];
  const already = wanted.filter((id) => present.has(id)).length;
  const servable = new Set(
    (
      await db.question.findMany({
        where: {
          id: { in: wanted.filter((id) => !present.has(id)) },
          hidden: false,
          retired: false,
          OR: [{ ownerId: null }, { ownerId: input.teacherId }],
          hides: { none: { teacherId: input.teacherId } },
        },
        select: { id: true },
      })
    ).map((q) => q.id),
  );
  const fresh = wanted.filter((id) => servable.has(id));
  const room = Math.max(0, MAX_SET_QUESTIONS - set.questionIds.length);
  const adding = fresh.slice(0, room);
  if (adding.length) {
    const last = await db.questionSetItem.aggregate({ where: { setId: set.id }, _max: { position: true } });
    const start = (last._max.position ?? -1) + 1;
    await db.$transaction([
      db.questionSetItem.createMany({
        data: adding.map((questionId, i) => ({ setId: set.id, questionId, position: start + i })),
      }),
      db.questionSet.update({ where: { id: set.id }, data: { updatedAt: new Date() } }),
    ]);
  }
  return { added: adding.length, already, overLimit: fresh.length - adding.length };
}

/** Moves one question to a 0-based position (drag and drop); returns where it landed. */
export async function placeQuestionInSet(
  db: Db,
  input: { teacherId: string; setId: string; questionId: string; position: number },
): Promise<{ position: number; total: number }> {
  const set = await getOwnSet(db, input.teacherId, input.setId);
  if (!set.questionIds.includes(input.questionId)) throw new NotFoundError("That question is not in this set.");
  const order = placeItem(set.questionIds, input.questionId, input.position);
  await db.$transaction([
    ...order.map((questionId, position) =>
      db.questionSetItem.update({ where: { setId_questionId: { setId: set.id, questionId } }, data: { position } }),
    ),
    db.questionSet.update({ where: { id: set.id }, data: { updatedAt: new Date() } }),
  ]);
  return { position: order.indexOf(input.questionId), total: order.length };
}

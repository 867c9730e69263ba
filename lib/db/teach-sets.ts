// A teacher's question sets: title and options, and an ordered list of questions
// from the bank. Scoped to the owner: another teacher's set looks like a missing one.
import { DomainError, NotFoundError } from "../domain/errors";
import { DEFAULT_SET_OPTIONS, moveItem, type Direction, type SetOptions } from "../teach";
import type { Db } from "./client";
import { setOptions } from "./codecs";

export type SetSummary = { id: string; title: string; questionCount: number; assignmentCount: number; updatedAt: Date };
export type OwnSet = {
  id: string;
  title: string;
  options: SetOptions;
  questionIds: string[];
  createdAt: Date;
  updatedAt: Date;
};

export const MAX_SET_QUESTIONS = 100;

export async function teacherSets(db: Db, teacherId: string): Promise<SetSummary[]> {
  const rows = await db.questionSet.findMany({
    where: { ownerId: teacherId },
    orderBy: { updatedAt: "desc" },
    include: { _count: { select: { items: true, assignments: true } } },
  });
  return rows.map((s) => ({
    id: s.id,
    title: s.title,
    questionCount: s._count.items,
    assignmentCount: s._count.assignments,
    updatedAt: s.updatedAt,
  }));
}

export async function createSet(db: Db, input: { teacherId: string; title: string }): Promise<string> {
  const row = await db.questionSet.create({
    data: { title: input.title, ownerId: input.teacherId, options: setOptions.encode(DEFAULT_SET_OPTIONS) },
  });
  return row.id;
}

/** Which of these questions the teacher hid (from their own sets and learners: QuestionHide). */
export async function hiddenByTeacher(db: Db, teacherId: string, questionIds: readonly string[]): Promise<Set<string>> {
  const rows = await db.questionHide.findMany({
    where: { teacherId, questionId: { in: [...questionIds] } },
    select: { questionId: true },
  });
  return new Set(rows.map((r) => r.questionId));
}

export async function getOwnSet(db: Db, teacherId: string, setId: string): Promise<OwnSet> {
  const row = await db.questionSet.findFirst({
    where: { id: setId, ownerId: teacherId },
    include: { items: { orderBy: [{ position: "asc" }, { questionId: "asc" }], select: { questionId: true } } },
  });
  if (!row) throw new NotFoundError("That question set does not exist or is not yours.");
  return {
    id: row.id,
    title: row.title,
    options: setOptions.decode(row.options),
    questionIds: row.items.map((i) => i.questionId),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export async function updateSet(
  db: Db,
  input: { teacherId: string; setId: string; title: string; options: SetOptions },
): Promise<void> {
  const { count } = await db.questionSet.updateMany({
    where: { id: input.setId, ownerId: input.teacherId },
    data: { title: input.title, options: setOptions.encode(input.options) },
  });
  if (count === 0) throw new NotFoundError("That question set does not exist or is not yours.");
}

/** Adds a servable question at the end; adding one that is already there changes nothing. */
export async function addQuestionToSet(
  db: Db,
  input: { teacherId: string; setId: string; questionId: string },
): Promise<{ added: boolean }> {
  const set = await getOwnSet(db, input.teacherId, input.setId);
  if (set.questionIds.includes(input.questionId)) return { added: false };
  if (set.questionIds.length >= MAX_SET_QUESTIONS)
    throw new DomainError(`A set holds at most ${MAX_SET_QUESTIONS} questions.`);
  const question = await db.question.findUnique({
    where: { id: input.questionId },
    select: {
      hidden: true,
      retired: true,
      ownerId: true,
      hides: { where: { teacherId: input.teacherId }, select: { teacherId: true } },
    },
  });
  // Another teacher's question is theirs alone: it looks exactly like a missing one.
  if (!question || (question.ownerId !== null && question.ownerId !== input.teacherId))
    throw new NotFoundError("That question does not exist.");
  if (question.hidden || question.retired || question.hides.length > 0)
    throw new DomainError("That question is hidden or retired, so it cannot be added.");
  const last = await db.questionSetItem.aggregate({ where: { setId: set.id }, _max: { position: true } });
  await db.$transaction([
    db.questionSetItem.create({
      data: { setId: set.id, questionId: input.questionId, position: (last._max.position ?? -1) + 1 },
    }),
    db.questionSet.update({ where: { id: set.id }, data: { updatedAt: new Date() } }),
  ]);
  return { added: true };
}

export async function removeQuestionFromSet(
  db: Db,
  input: { teacherId: string; setId: string; questionId: string },
): Promise<void> {
  const set = await getOwnSet(db, input.teacherId, input.setId);
  if (!set.questionIds.includes(input.questionId)) throw new NotFoundError("That question is not in this set.");
  await db.$transaction([
    db.questionSetItem.delete({ where: { setId_questionId: { setId: set.id, questionId: input.questionId } } }),
    db.questionSet.update({ where: { id: set.id }, data: { updatedAt: new Date() } }),
  ]);
}

/** Moves one question a place up or down; returns its new position (0-based). */
export async function moveQuestionInSet(
  db: Db,
  input: { teacherId: string; setId: string; questionId: string; direction: Direction },
): Promise<{ position: number; total: number }> {
  const set = await getOwnSet(db, input.teacherId, input.setId);
  if (!set.questionIds.includes(input.questionId)) throw new NotFoundError("That question is not in this set.");
  const order = moveItem(set.questionIds, input.questionId, input.direction);
  await db.$transaction([
    ...order.map((questionId, position) =>
      db.questionSetItem.update({ where: { setId_questionId: { setId: set.id, questionId } }, data: { position } }),
    ),
    db.questionSet.update({ where: { id: set.id }, data: { updatedAt: new Date() } }),
  ]);
  return { position: order.indexOf(input.questionId), total: order.length };
}

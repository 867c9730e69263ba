// Joining a class by its code, from the learner's side. Joining twice is one enrolment.
import { NotFoundError } from "../domain/errors";
import type { Db } from "./client";

export type JoinableClass = { id: string; name: string; teacherName: string; joinCode: string };

export async function findClassByCode(db: Db, code: string): Promise<JoinableClass | null> {
  const row = await db.class.findUnique({
    where: { joinCode: code },
    include: { teacher: { select: { name: true } } },
  });
  return row ? { id: row.id, name: row.name, teacherName: row.teacher.name, joinCode: row.joinCode } : null;
}

export async function isEnrolled(db: Db, userId: string, classId: string): Promise<boolean> {
  return (await db.enrollment.count({ where: { userId, classId } })) > 0;
}

/** Enrols the learner; returns whether this call did it (false when they were already in). */
export async function joinClass(
  db: Db,
  input: { userId: string; code: string; now: Date },
): Promise<{ classId: string; name: string; joined: boolean }> {
  const klass = await findClassByCode(db, input.code);
  if (!klass)
    throw new NotFoundError("No class has that join code. Check it with your teacher.", {
      code: ["No class has that join code."],
    });
  const before = await db.enrollment.count({ where: { classId: klass.id, userId: input.userId } });
  // upsert, not create: a double submit or a second tab must not fail on the unique (class, user) pair.
  await db.enrollment.upsert({
    where: { classId_userId: { classId: klass.id, userId: input.userId } },
    update: {},
    create: { classId: klass.id, userId: input.userId, joinedAt: input.now },
  });
  return { classId: klass.id, name: klass.name, joined: before === 0 };
}

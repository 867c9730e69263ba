// A teacher's classes: creating one with a fresh join code, its roster, removing a
// learner. Every read and write is scoped to the teacher: another teacher's class
// looks exactly like a missing one.
import { makeJoinCode } from "../teach";
import { ConflictError, NotFoundError } from "../domain/errors";
import type { Db } from "./client";
import { isUniqueViolation } from "./errors";

export type ClassSummary = {
  id: string;
  name: string;
  joinCode: string;
  learnerCount: number;
  assignmentCount: number;
  createdAt: Date;
};

export type ClassRosterEntry = { id: string; name: string; email: string; joinedAt: Date };
export type ClassDetail = {
  id: string;
  name: string;
  joinCode: string;
  createdAt: Date;
  learners: ClassRosterEntry[];
  assignments: { id: string; setTitle: string; opensAt: Date; dueAt: Date }[];
};

export async function teacherClasses(db: Db, teacherId: string): Promise<ClassSummary[]> {
  const rows = await db.class.findMany({
    where: { teacherId },
    orderBy: { createdAt: "desc" },
    include: { _count: { select: { enrollments: true, assignments: true } } },
  });
  return rows.map((c) => ({
    id: c.id,
    name: c.name,
    joinCode: c.joinCode,
    learnerCount: c._count.enrollments,
    assignmentCount: c._count.assignments,
    createdAt: c.createdAt,
  }));
}

/** Creates a class; a join code already taken (1 in ~900 million per class) is simply drawn again. */
export async function createClass(
  db: Db,
  input: { teacherId: string; name: string; randomIndex: (size: number) => number },
): Promise<{ id: string; joinCode: string }> {
  for (let tries = 0; tries < 8; tries++) {
    const joinCode = makeJoinCode(input.randomIndex);
    try {
      const row = await db.class.create({ data: { name: input.name, teacherId: input.teacherId, joinCode } });
      return { id: row.id, joinCode: row.joinCode };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new ConflictError("Could not find a free join code. Please try again.");
}

export async function getOwnClass(db: Db, teacherId: string, classId: string): Promise<ClassDetail> {
  const row = await db.class.findFirst({
    where: { id: classId, teacherId },
    include: {
      enrollments: {
        orderBy: { joinedAt: "asc" },
        include: { user: { select: { id: true, name: true, email: true } } },
      },
      assignments: { orderBy: { dueAt: "desc" }, include: { set: { select: { title: true } } } },
    },
  });
  if (!row) throw new NotFoundError("That class does not exist or is not yours.");
  return {
    id: row.id,
    name: row.name,
    joinCode: row.joinCode,
    createdAt: row.createdAt,
    learners: row.enrollments.map((e) => ({
      id: e.user.id,
      name: e.user.name,
      email: e.user.email,
      joinedAt: e.joinedAt,
    })),
    assignments: row.assignments.map((a) => ({ id: a.id, setTitle: a.set.title, opensAt: a.opensAt, dueAt: a.dueAt })),
  };
}

/** Takes a learner off the roster; their past attempts stay (and still show in old results). */
export async function removeLearner(
  db: Db,
  input: { teacherId: string; classId: string; learnerId: string },
): Promise<{ name: string }> {
  const klass = await getOwnClass(db, input.teacherId, input.classId);
  const learner = klass.learners.find((l) => l.id === input.learnerId);
  if (!learner) throw new NotFoundError("That learner is not in this class.");
  await db.enrollment.deleteMany({ where: { classId: klass.id, userId: learner.id } });
  return { name: learner.name };
}

// Assignments as a learner sees them: only those of classes they are enrolled in.
import type { Db } from "./client";
import { createAttempt } from "./attempts";
import { ConflictError, DomainError, NotFoundError } from "../domain/errors";
import { attemptOrder, parseSetOptions, resultsWithheld, type SetOptions } from "../teach";

export type LearnerAssignment = {
  id: string;
  title: string;
  className: string;
  opensAt: Date;
  dueAt: Date;
  questionCount: number;
  /** not-started, in-progress or done; late when done after the due date or still open past it. */
  state: "not-started" | "in-progress" | "done";
  late: boolean;
  attemptId: string | null;
};

export async function learnerAssignments(db: Db, userId: string, now: Date): Promise<LearnerAssignment[]> {
  const rows = await db.assignment.findMany({
    where: { class: { enrollments: { some: { userId } } }, opensAt: { lte: now } },
    orderBy: { dueAt: "asc" },
    include: {
      class: { select: { name: true } },
      set: { select: { title: true, _count: { select: { items: true } } } },
      attempts: { where: { userId }, orderBy: { startedAt: "desc" }, take: 1, select: { id: true, finishedAt: true } },
    },
  });
  return rows.map((a) => {
    const attempt = a.attempts[0];
    const state = !attempt ? "not-started" : attempt.finishedAt ? "done" : "in-progress";
    const late = attempt?.finishedAt ? attempt.finishedAt > a.dueAt : now > a.dueAt;
    return {
      id: a.id,
      title: a.set.title,
      className: a.class.name,
      opensAt: a.opensAt,
      dueAt: a.dueAt,
      questionCount: a.set._count.items,
      state,
      late,
      attemptId: attempt?.id ?? null,
    };
  });
}

/** For filters: the learner's assignments as "Set title (Class)". */
export async function learnerAssignmentTitles(db: Db, userId: string): Promise<{ id: string; title: string }[]> {
  const rows = await db.assignment.findMany({
    where: { class: { enrollments: { some: { userId } } } },
    orderBy: { dueAt: "desc" },
    select: { id: true, set: { select: { title: true } }, class: { select: { name: true } } },
  });
  return rows.map((r) => ({ id: r.id, title: `${r.set.title} (${r.class.name})` }));
}

// ---------- One assignment, from the learner's side (the /assignments/<id> page) ----------

export type LearnerAssignmentDetail = Pick<
  LearnerAssignment,
  "id" | "title" | "className" | "opensAt" | "dueAt" | "questionCount"
> & {
  options: SetOptions;
  attemptsUsed: number;
  /** An attempt started and not finished: Continue goes back to it. */
  openAttemptId: string | null;
  /** The latest finished attempt, to look back at. */
  lastFinishedAttemptId: string | null;
};

const servableFields = { hidden: true, retired: true, hides: { select: { teacherId: true } } } as const;

/** A set's question is served unless retired, hidden by a maintainer, or hidden by the set's owner. */
function servableIn(
  q: { hidden: boolean; retired: boolean; hides: { teacherId: string }[] },
  setOwnerId: string,
): boolean {
  return !q.hidden && !q.retired && !q.hides.some((h) => h.teacherId === setOwnerId);
}

/** The assignment if the learner is enrolled in its class; otherwise it looks like a missing one. */
export async function getLearnerAssignment(
  db: Db,
  userId: string,
  assignmentId: string,
): Promise<LearnerAssignmentDetail> {
  const a = await db.assignment.findFirst({
    where: { id: assignmentId, class: { enrollments: { some: { userId } } } },
    include: {
      class: { select: { name: true } },
      set: {
        select: {
          title: true,
          options: true,
          ownerId: true,
          items: { select: { question: { select: servableFields } } },
        },
      },
      attempts: { where: { userId }, orderBy: { startedAt: "desc" }, select: { id: true, finishedAt: true } },
    },
  });
  if (!a) throw new NotFoundError("That assignment does not exist or is not for your classes.");
  return {
    id: a.id,
    title: a.set.title,
    className: a.class.name,
    opensAt: a.opensAt,
    dueAt: a.dueAt,
    questionCount: a.set.items.filter((i) => servableIn(i.question, a.set.ownerId)).length,
    options: parseSetOptions(a.set.options),
    attemptsUsed: a.attempts.length,
    openAttemptId: a.attempts.find((t) => !t.finishedAt)?.id ?? null,
    lastFinishedAttemptId: a.attempts.find((t) => t.finishedAt)?.id ?? null,
  };
}

/**
 * Starts an attempt at an assignment, or returns the open one. The questions are
 * the set's servable ones in set order, shuffled with the seed when the set says so;
 * refused before the assignment opens and once the attempts allowed are used up.
 */
export async function startAssignmentAttempt(
  db: Db,
  input: { userId: string; assignmentId: string; now: Date; seed: number },
): Promise<{ attemptId: string; resumed: boolean }> {
  const detail = await getLearnerAssignment(db, input.userId, input.assignmentId);
  if (detail.openAttemptId) return { attemptId: detail.openAttemptId, resumed: true };
  if (input.now < detail.opensAt) throw new DomainError("This assignment is not open yet.");
  if (detail.attemptsUsed >= detail.options.attemptsAllowed)
    throw new ConflictError("You have used all the attempts allowed for this assignment.");
  const assignment = await db.assignment.findUniqueOrThrow({
    where: { id: detail.id },
    select: {
      set: {
        select: {
          ownerId: true,
          items: {
            orderBy: [{ position: "asc" }, { questionId: "asc" }],
            select: { questionId: true, question: { select: servableFields } },
          },
        },
      },
    },
  });
  const items = assignment.set.items;
  const servable = new Set(
    items.filter((i) => servableIn(i.question, assignment.set.ownerId)).map((i) => i.questionId),
  );
  const questionIds = attemptOrder(
    items.map((i) => i.questionId),
    { shuffle: detail.options.shuffle, seed: input.seed, servable },
  );
  if (questionIds.length === 0)
    throw new DomainError("This assignment has no questions to answer yet. Ask your teacher.");
  const attemptId = await createAttempt(db, {
    userId: input.userId,
    questionIds,
    mode: "assignment",
    assignmentId: detail.id,
    config: {
      assignmentId: detail.id,
      seed: input.seed,
      shuffle: detail.options.shuffle,
      feedback: detail.options.feedback,
      timeLimitMinutes: detail.options.timeLimitMinutes,
    },
    now: input.now,
  });
  return { attemptId, resumed: false };
}

/**
 * Whether an answer's result must be held back: the attempt is for an assignment
 * whose set gives feedback after the due date, and the due date has not passed.
 */
export async function assignmentFeedbackWithheld(
  db: Db,
  attempt: { mode: string; assignmentId: string | null },
  now: Date,
): Promise<boolean> {
  if (attempt.mode !== "assignment" || !attempt.assignmentId) return false;
  const a = await db.assignment.findUnique({
    where: { id: attempt.assignmentId },
    select: { dueAt: true, set: { select: { options: true } } },
  });
  if (!a) return false;
  return resultsWithheld(parseSetOptions(a.set.options), a.dueAt, now);
}

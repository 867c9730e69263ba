// Assignments as a learner sees them: only those of classes they are enrolled in.
import type { Db } from "./client";
import { attemptQuestionIds, setOptions } from "./codecs";
import { finishedAt, isLate } from "../domain/attempt";
import { NotFoundError } from "../domain/errors";
import { resultsWithheld, type SetOptions } from "../teach";

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

/** What the finished rule reads of an attempt (lib/domain/attempt.ts). */
const attemptFields = {
  id: true,
  finishedAt: true,
  questionIds: true,
  responses: { select: { answeredAt: true } },
} as const;

/** When an attempt ended by the one finished rule: closed, or every question answered. */
function endedAt(t: { id: string; finishedAt: Date | null; questionIds: string; responses: { answeredAt: Date }[] }) {
  return finishedAt({
    finishedAt: t.finishedAt,
    questionIds: attemptQuestionIds.decode(t.questionIds, t.id),
    answeredAt: t.responses.map((r) => r.answeredAt),
  });
}

export async function learnerAssignments(db: Db, userId: string, now: Date): Promise<LearnerAssignment[]> {
  const rows = await db.assignment.findMany({
    where: { class: { enrollments: { some: { userId } } }, opensAt: { lte: now } },
    orderBy: { dueAt: "asc" },
    include: {
      class: { select: { name: true } },
      set: { select: { title: true, _count: { select: { items: true } } } },
      attempts: { where: { userId }, orderBy: { startedAt: "desc" }, take: 1, select: attemptFields },
    },
  });
  return rows.map((a) => {
    const attempt = a.attempts[0];
    const ended = attempt ? endedAt(attempt) : null;
    const state = !attempt ? "not-started" : ended ? "done" : "in-progress";
    const late = isLate(ended, a.dueAt, now);
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
      attempts: { where: { userId }, orderBy: { startedAt: "desc" }, select: attemptFields },
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
    options: setOptions.decode(a.set.options),
    attemptsUsed: a.attempts.length,
    openAttemptId: a.attempts.find((t) => !endedAt(t))?.id ?? null,
    lastFinishedAttemptId: a.attempts.find((t) => endedAt(t))?.id ?? null,
  };
}

/** The set's questions in set order, and which of them are served (not retired or hidden). */
export async function assignmentItems(
  db: Db,
  assignmentId: string,
): Promise<{ questionIds: string[]; servable: Set<string> }> {
  const assignment = await db.assignment.findUniqueOrThrow({
    where: { id: assignmentId },
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
  return {
    questionIds: items.map((i) => i.questionId),
    servable: new Set(items.filter((i) => servableIn(i.question, assignment.set.ownerId)).map((i) => i.questionId)),
  };
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
  return resultsWithheld(setOptions.decode(a.set.options), a.dueAt, now);
}

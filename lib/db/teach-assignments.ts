// A teacher's assignments: setting a question set for a class, and reading back
// the results. Scoped to the teacher who owns both the set and the class.
import { DomainError, NotFoundError } from "../domain/errors";
import { formatAnswer } from "../questions/format-answer";
import { buildAssignmentReport, type AssignmentReport, type ReportAttempt, type SetOptions } from "../teach";
import { isLate } from "../domain/attempt";
import type { Db } from "./client";
import { attemptQuestionIds, responseAnswer, setOptions } from "./codecs";
import { getQuestionsById, type BankQuestion } from "./questions";
import { articleFromRow } from "./teacher-corpus";
import type { Article } from "../content/schema";
import { z } from "zod";

export type AssignmentSummary = {
  id: string;
  setId: string;
  setTitle: string;
  classId: string;
  className: string;
  opensAt: Date;
  dueAt: Date;
  enrolled: number;
  submitted: number;
};

export type OwnAssignment = AssignmentSummary & { options: SetOptions; setQuestionIds: string[] };

/** Sets a question set for a class; both must be the teacher's, and the set must have questions. */
export async function createAssignment(
  db: Db,
  input: { teacherId: string; setId: string; classId: string; opensAt: Date; dueAt: Date },
): Promise<string> {
  const [set, klass] = await Promise.all([
    db.questionSet.findFirst({
      where: { id: input.setId, ownerId: input.teacherId },
      include: { _count: { select: { items: true } } },
    }),
    db.class.findFirst({ where: { id: input.classId, teacherId: input.teacherId }, select: { id: true } }),
  ]);
  if (!set) throw new NotFoundError("That question set does not exist or is not yours.");
  if (!klass)
    throw new NotFoundError("That class does not exist or is not yours.", { classId: ["Choose one of your classes."] });
  if (set._count.items === 0) throw new DomainError("Add questions to the set before assigning it.");
  if (input.dueAt <= input.opensAt)
    throw new DomainError("The due date must be after the opening date.", {
      dueAt: ["The due date must be after the opening date"],
    });
  const row = await db.assignment.create({
    data: { setId: set.id, classId: klass.id, opensAt: input.opensAt, dueAt: input.dueAt },
  });
  return row.id;
}

const summaryInclude = {
  set: {
    select: {
      title: true,
      options: true,
      items: { orderBy: [{ position: "asc" as const }, { questionId: "asc" as const }], select: { questionId: true } },
    },
  },
  class: { select: { name: true, _count: { select: { enrollments: true } } } },
  attempts: { where: { finishedAt: { not: null } }, select: { userId: true } },
};

type SummaryRow = {
  id: string;
  setId: string;
  classId: string;
  opensAt: Date;
  dueAt: Date;
  set: { title: string; options: string; items: { questionId: string }[] };
  class: { name: string; _count: { enrollments: number } };
  attempts: { userId: string }[];
};

function toSummary(a: SummaryRow): AssignmentSummary {
  return {
    id: a.id,
    setId: a.setId,
    setTitle: a.set.title,
    classId: a.classId,
    className: a.class.name,
    opensAt: a.opensAt,
    dueAt: a.dueAt,
    enrolled: a.class._count.enrollments,
    submitted: new Set(a.attempts.map((t) => t.userId)).size,
  };
}

export async function teacherAssignments(db: Db, teacherId: string): Promise<AssignmentSummary[]> {
  const rows = await db.assignment.findMany({
    where: { class: { teacherId } },
    orderBy: { dueAt: "desc" },
    include: summaryInclude,
  });
  return rows.map(toSummary);
}

export async function getOwnAssignment(db: Db, teacherId: string, assignmentId: string): Promise<OwnAssignment> {
  const row = await db.assignment.findFirst({
    where: { id: assignmentId, class: { teacherId } },
    include: summaryInclude,
  });
  if (!row) throw new NotFoundError("That assignment does not exist or is not yours.");
  return {
    ...toSummary(row),
    options: setOptions.decode(row.set.options),
    setQuestionIds: row.set.items.map((i) => i.questionId),
  };
}

type AttemptRow = { id: string; userId: string; questionIds: string; startedAt: Date; finishedAt: Date | null };
type ResponseRow = { questionId: string; correct: boolean; score: number; answer: string; answeredAt: Date };

function toReportAttempt(a: AttemptRow, responses: readonly ResponseRow[]): ReportAttempt {
  return {
    id: a.id,
    userId: a.userId,
    questionIds: attemptQuestionIds.decode(a.questionIds, a.id),
    startedAt: a.startedAt,
    finishedAt: a.finishedAt,
    responses: responses.map((r) => ({
      questionId: r.questionId,
      correct: r.correct,
      score: r.score,
      answerText: formatAnswer(responseAnswer.decode(r.answer)),
      answeredAt: r.answeredAt,
    })),
  };
}

const classResponseSchema = z.object({
  attemptId: z.string(),
  questionId: z.string(),
  correct: z.boolean(),
  score: z.number(),
  answer: z.string(),
  answeredAt: z.coerce.date(),
});

/**
 * Every attempt at an assignment with its answers, oldest first. The answers come
 * in one flat SQL query: for a class's thousands of rows, Prisma's nested include
 * costs about four times as long to map.
 */
async function loadReportAttempts(db: Db, assignmentId: string): Promise<ReportAttempt[]> {
  const [attempts, rows] = await Promise.all([
    db.attempt.findMany({
      where: { assignmentId },
      orderBy: { startedAt: "asc" },
      select: { id: true, userId: true, questionIds: true, startedAt: true, finishedAt: true },
    }),
    db.$queryRaw<unknown[]>`
      SELECT r."attemptId", r."questionId", r."correct", r."score", r."answer", r."answeredAt"
      FROM "Response" r JOIN "Attempt" a ON a."id" = r."attemptId"
      WHERE a."assignmentId" = ${assignmentId}
      ORDER BY r."answeredAt" ASC, r."id" ASC`,
  ]);
  const byAttempt = new Map<string, ResponseRow[]>();
  for (const row of z.array(classResponseSchema).parse(rows)) {
    const list = byAttempt.get(row.attemptId) ?? [];
    list.push(row);
    byAttempt.set(row.attemptId, list);
  }
  return attempts.map((a) => toReportAttempt(a, byAttempt.get(a.id) ?? []));
}

export type AssignmentResults = {
  assignment: OwnAssignment;
  /** The set's questions in set order, then any an attempt had that the set has since dropped. */
  questions: BankQuestion[];
  report: AssignmentReport;
  /** The articles the questions cite, for the passage heatmap. */
  articles: Article[];
};

/**
 * Everyone who took it counts: the current roster plus anyone who has since left
 * the class but has attempts (their work is still part of the record).
 */
export async function assignmentResults(
  db: Db,
  teacherId: string,
  assignmentId: string,
  now: Date,
): Promise<AssignmentResults> {
  const assignment = await getOwnAssignment(db, teacherId, assignmentId);
  const [enrolments, attempts] = await Promise.all([
    db.enrollment.findMany({
      where: { classId: assignment.classId },
      include: { user: { select: { id: true, name: true, email: true } } },
      orderBy: { joinedAt: "asc" },
    }),
    loadReportAttempts(db, assignment.id),
  ]);
  const learnerIds = new Set(enrolments.map((e) => e.userId));
  const former = [...new Set(attempts.map((a) => a.userId).filter((id) => !learnerIds.has(id)))];
  const formerUsers = former.length
    ? await db.user.findMany({ where: { id: { in: former } }, select: { id: true, name: true, email: true } })
    : [];
  const learners = [
    ...enrolments.map((e) => e.user),
    ...formerUsers.map((u) => ({ ...u, name: `${u.name} (left the class)` })),
  ].sort((a, b) => a.name.localeCompare(b.name));

  const ids = [...new Set([...assignment.setQuestionIds, ...attempts.flatMap((a) => a.questionIds)])];
  const byId = await getQuestionsById(db, ids);
  const questions = ids.flatMap((id) => {
    const q = byId.get(id);
    return q ? [q] : [];
  });
  const report = buildAssignmentReport({
    learners,
    attempts,
    questions: questions.map((q) => ({ id: q.id, evidence: q.evidence })),
    dueAt: assignment.dueAt,
    timeLimitMinutes: assignment.options.timeLimitMinutes,
    now,
  });
  const slugs = [...new Set(questions.flatMap((q) => q.evidence.map((e) => e.article)))];
  const articleRows = await db.article.findMany({
    where: { slug: { in: slugs } },
    orderBy: [{ publishedOn: "asc" }, { slug: "asc" }],
    include: { passages: { orderBy: { position: "asc" }, select: { key: true, text: true } } },
  });
  return { assignment, questions, report, articles: articleRows.map(articleFromRow) };
}

export type LearnerAnswers = {
  assignment: OwnAssignment;
  learner: { id: string; name: string; email: string };
  attempts: (ReportAttempt & { late: boolean })[];
  questions: Map<string, BankQuestion>;
};

/** One learner's attempts at an assignment, with their answers, for the teacher's drill-down. */
export async function learnerAnswers(
  db: Db,
  teacherId: string,
  assignmentId: string,
  learnerId: string,
  now: Date,
): Promise<LearnerAnswers> {
  const assignment = await getOwnAssignment(db, teacherId, assignmentId);
  const [learner, enrolled, attemptRows] = await Promise.all([
    db.user.findUnique({ where: { id: learnerId }, select: { id: true, name: true, email: true } }),
    db.enrollment.count({ where: { classId: assignment.classId, userId: learnerId } }),
    db.attempt.findMany({
      where: { assignmentId, userId: learnerId },
      orderBy: { startedAt: "asc" },
      include: { responses: { orderBy: { answeredAt: "asc" } } },
    }),
  ]);
  // Only learners of the class, or who took it while they were: anyone else is not the teacher's to see.
  if (!learner || (!enrolled && attemptRows.length === 0))
    throw new NotFoundError("That learner has no work on this assignment.");
  const attempts = attemptRows.map((a) => ({
    ...toReportAttempt(a, a.responses),
    late: isLate(a.finishedAt, assignment.dueAt, now),
  }));
  const questions = await getQuestionsById(db, [...new Set(attempts.flatMap((a) => a.questionIds))]);
  return { assignment, learner, attempts, questions };
}

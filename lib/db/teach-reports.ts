// Learners' reports of problems with questions, as teachers work through them.
// A report reaches the teachers whose sets hold the question (and the teacher
// whose own question it is); maintainers see every report. A teacher sees a
// reporter's name only for learners in their own classes. Hiding is per teacher
// (their sets, assignments and their learners' quizzes) and undoable; a
// maintainer's hide of a library question is everyone's. Answers already given
// keep pointing at a hidden question.
import { NotFoundError } from "../domain/errors";
import type { Db } from "./client";
import { getQuestionsById, type BankQuestion } from "./questions";

/** A teacher acting on reports and hides; maintainer: curates the library. */
export type Curator = { id: string; maintainer: boolean };

export type OpenReport = {
  id: string;
  message: string;
  createdAt: Date;
  reporterName: string;
  question: BankQuestion;
  /** The question is in one of this teacher's question sets. */
  inYourSets: boolean;
  /** This teacher hid the question (from their own sets and learners). */
  hiddenByYou: boolean;
};

export type HiddenQuestion = { question: BankQuestion; forEveryone: boolean };

const NOT_FOUND = "That report does not exist or is not one of yours.";

/** The reports routed to this curator. */
function routedTo(c: Curator) {
  if (c.maintainer) return {};
  return { question: { OR: [{ setItems: { some: { set: { ownerId: c.id } } } }, { ownerId: c.id }] } };
}

/** The questions this curator may act on: the library's and their own. */
function actsOn(c: Curator) {
  return { OR: [{ ownerId: null }, { ownerId: c.id }] };
}

export async function openReports(db: Db, curator: Curator): Promise<OpenReport[]> {
  const rows = await db.questionReport.findMany({
    where: { resolvedAt: null, ...routedTo(curator) },
    orderBy: { createdAt: "desc" },
    take: 200,
    include: {
      user: {
        select: {
          name: true,
          isAnonymous: true,
          enrollments: { where: { class: { teacherId: curator.id } }, select: { id: true }, take: 1 },
        },
      },
      question: {
        select: {
          setItems: { where: { set: { ownerId: curator.id } }, select: { setId: true }, take: 1 },
          hides: { where: { teacherId: curator.id }, select: { teacherId: true } },
        },
      },
    },
  });
  const questions = await getQuestionsById(db, [...new Set(rows.map((r) => r.questionId))]);
  const out = rows.flatMap((r) => {
    const question = questions.get(r.questionId);
    if (!question) return [];
    // A name is shown only for this teacher's own learners.
    const reporterName = r.user.isAnonymous
      ? "A guest"
      : r.user.enrollments.length > 0
        ? r.user.name
        : "A learner outside your classes";
    return [
      {
        id: r.id,
        message: r.message,
        createdAt: r.createdAt,
        reporterName,
        question,
        inYourSets: r.question.setItems.length > 0,
        hiddenByYou: r.question.hides.length > 0,
      },
    ];
  });
  return out.sort((a, b) => Number(b.inYourSets) - Number(a.inYourSets));
}

export async function countOpenReports(db: Db, curator: Curator): Promise<{ total: number; inYourSets: number }> {
  const [total, inYourSets] = await Promise.all([
    db.questionReport.count({ where: { resolvedAt: null, ...routedTo(curator) } }),
    db.questionReport.count({
      where: { resolvedAt: null, question: { setItems: { some: { set: { ownerId: curator.id } } } } },
    }),
  ]);
  return { total, inYourSets };
}

/** Resolves a report routed to this curator; any other looks like a missing one, and nothing is written. */
export async function resolveReport(db: Db, curator: Curator, reportId: string, now: Date): Promise<void> {
  const { count } = await db.questionReport.updateMany({
    where: { id: reportId, resolvedAt: null, ...routedTo(curator) },
    data: { resolvedAt: now },
  });
  if (
    count === 0 &&
    !(await db.questionReport.findFirst({ where: { id: reportId, ...routedTo(curator) }, select: { id: true } }))
  ) {
    throw new NotFoundError(NOT_FOUND);
  }
}

async function questionFor(
  db: Db,
  curator: Curator,
  questionId: string,
): Promise<{ id: string; ownerId: string | null }> {
  const question = await db.question.findFirst({
    where: { id: questionId, ...actsOn(curator) },
    select: { id: true, ownerId: true },
  });
  if (!question) throw new NotFoundError("That question does not exist.");
  return question;
}

/**
 * Hides a question: a maintainer hides a library question from everyone; a teacher
 * (or a maintainer's own question) from their own sets, assignments and learners.
 * Resolves the report that led to it, if given and routed to this curator.
 */
export async function hideQuestion(
  db: Db,
  input: { curator: Curator; questionId: string; reportId?: string | undefined; now: Date },
): Promise<{ forEveryone: boolean }> {
  const { curator } = input;
  const question = await questionFor(db, curator, input.questionId);
  if (
    input.reportId &&
    !(await db.questionReport.findFirst({
      where: { id: input.reportId, questionId: question.id, ...routedTo(curator) },
      select: { id: true },
    }))
  ) {
    throw new NotFoundError(NOT_FOUND);
  }
  const forEveryone = curator.maintainer && question.ownerId === null;
  await db.$transaction([
    forEveryone
      ? db.question.update({ where: { id: question.id }, data: { hidden: true } })
      : db.questionHide.upsert({
          where: { questionId_teacherId: { questionId: question.id, teacherId: curator.id } },
          create: { questionId: question.id, teacherId: curator.id, createdAt: input.now },
          update: {},
        }),
    ...(input.reportId
      ? [
          db.questionReport.updateMany({
            where: { id: input.reportId, questionId: question.id, resolvedAt: null },
            data: { resolvedAt: input.now },
          }),
        ]
      : []),
  ]);
  return { forEveryone };
}

/** Undoes this curator's hide (and, for a maintainer, a library question's hide for everyone). */
export async function unhideQuestion(db: Db, input: { curator: Curator; questionId: string }): Promise<void> {
  const { curator } = input;
  const question = await questionFor(db, curator, input.questionId);
  await db.$transaction([
    db.questionHide.deleteMany({ where: { questionId: question.id, teacherId: curator.id } }),
    ...(curator.maintainer && question.ownerId === null
      ? [db.question.update({ where: { id: question.id }, data: { hidden: false } })]
      : []),
  ]);
}

/** What this curator has hidden, newest first, for the Unhide list (a maintainer also sees library hides). */
export async function hiddenQuestions(db: Db, curator: Curator): Promise<HiddenQuestion[]> {
  const [own, global] = await Promise.all([
    db.questionHide.findMany({
      where: { teacherId: curator.id },
      orderBy: { createdAt: "desc" },
      select: { questionId: true },
    }),
    curator.maintainer
      ? db.question.findMany({
          where: { ownerId: null, hidden: true },
          orderBy: { updatedAt: "desc" },
          select: { id: true },
        })
      : Promise.resolve([]),
  ]);
  const ids = [...new Set([...global.map((q) => q.id), ...own.map((h) => h.questionId)])];
  const byId = await getQuestionsById(db, ids);
  const globalIds = new Set(global.map((q) => q.id));
  return ids.flatMap((id) => {
    const question = byId.get(id);
    return question ? [{ question, forEveryone: globalIds.has(id) }] : [];
  });
}

// Reading the question banks: stored rows back into validated Question objects.
// The library's bank is served to everyone; a teacher's own questions only
// through that teacher's sets. A teacher's hide (QuestionHide) is theirs alone;
// a maintainer's (Question.hidden) is everyone's.
import type { Question } from "../questions/schema";
import type { Db } from "./client";
import { questionData, questionVersionData } from "./codecs";
import { perClientCache } from "./memo";

export type BankQuestion = Question & { hidden: boolean; retired: boolean; ownerId: string | null };

function parseData(id: string, data: string): Question {
  // The row's id is the one pages and answers use (a teacher's question is stored under its own).
  return { ...questionData.decode(data, id), id };
}

function parseRow(row: {
  id: string;
  data: string;
  hidden: boolean;
  retired: boolean;
  ownerId: string | null;
}): BankQuestion {
  return { ...parseData(row.id, row.data), hidden: row.hidden, retired: row.retired, ownerId: row.ownerId };
}

/** Not hidden by any of these teachers. */
const notHiddenBy = (teacherIds: readonly string[]) =>
  teacherIds.length ? { hides: { none: { teacherId: { in: [...teacherIds] } } } } : {};

/**
 * The library questions a practice quiz may serve: not hidden by a maintainer,
 * not retired, and not hidden by any of the given teachers (the learner's own).
 */
export async function loadServableBank(db: Db, options: { hiddenBy?: readonly string[] } = {}): Promise<Question[]> {
  const rows = await db.question.findMany({
    where: { ownerId: null, hidden: false, retired: false, ...notHiddenBy(options.hiddenBy ?? []) },
    orderBy: { id: "asc" },
  });
  return rows.map(parseRow);
}

/**
 * What a learner may be served again (a retry of missed questions): the library's
 * servable questions less those their teachers hid, and their teachers' own
 * questions (met through those teachers' assignments) that the owner has not hidden.
 */
export async function loadLearnerBank(db: Db, teacherIds: readonly string[]): Promise<Question[]> {
  const [library, own] = await Promise.all([
    loadServableBank(db, { hiddenBy: teacherIds }),
    teacherIds.length
      ? db.question.findMany({
          where: { ownerId: { in: [...teacherIds] }, hidden: false, retired: false },
          include: { hides: { select: { teacherId: true } } },
        })
      : Promise.resolve([]),
  ]);
  return [...library, ...own.filter((q) => !q.hides.some((h) => h.teacherId === q.ownerId)).map(parseRow)];
}

/** What a teacher may put in a set: the library's servable questions and their own, less the ones they hid. */
export async function loadTeacherBank(db: Db, teacherId: string): Promise<BankQuestion[]> {
  const rows = await db.question.findMany({
    where: {
      OR: [{ ownerId: null }, { ownerId: teacherId }],
      hidden: false,
      retired: false,
      ...notHiddenBy([teacherId]),
    },
    orderBy: { id: "asc" },
  });
  return rows.map(parseRow);
}

/** Questions by id, whatever their state (an old attempt may point at a retired one). */
export async function getQuestionsById(db: Db, ids: readonly string[]): Promise<Map<string, BankQuestion>> {
  const rows = await db.question.findMany({ where: { id: { in: [...ids] } } });
  return new Map(rows.map((r) => [r.id, parseRow(r)]));
}

/** A question's content and the fingerprint of that version. */
export type VersionedQuestion = { question: Question; contentHash: string };

const contentCache = perClientCache<string, VersionedQuestion>(10_000);

/**
 * What questions ask and accept, by id, with their version, for taking and
 * grading a quiz: the quiz page and every answer read the same few questions, so
 * they are kept in memory. No hidden or retired flags here: an attempt keeps the
 * questions it started with.
 */
export async function getVersionedQuestions(db: Db, ids: readonly string[]): Promise<Map<string, VersionedQuestion>> {
  const cache = contentCache(db);
  const found = new Map<string, VersionedQuestion>();
  const missing: string[] = [];
  for (const id of ids) {
    const cached = cache.get(id);
    if (cached) found.set(id, cached);
    else missing.push(id);
  }
  if (missing.length > 0) {
    const rows = await db.question.findMany({
      where: { id: { in: missing } },
      select: { id: true, data: true, contentHash: true },
    });
    for (const row of rows) {
      const versioned = { question: parseData(row.id, row.data), contentHash: row.contentHash };
      cache.set(row.id, versioned);
      found.set(row.id, versioned);
    }
  }
  return found;
}

export async function getQuestionContent(db: Db, ids: readonly string[]): Promise<Map<string, Question>> {
  return new Map([...(await getVersionedQuestions(db, ids))].map(([id, v]) => [id, v.question]));
}

/** After the bank is written: the next read goes to the database. */
export function forgetQuestionContent(db: Db): void {
  contentCache(db).clear();
}

export const versionKey = (questionId: string, contentHash: string): string => `${questionId}@${contentHash}`;

/** The versions that were answered (by versionKey); a pair with no stored version is absent. */
export async function getQuestionVersions(
  db: Db,
  pairs: readonly { questionId: string; contentHash: string }[],
): Promise<Map<string, Question>> {
  if (pairs.length === 0) return new Map();
  const rows = await db.questionVersion.findMany({
    where: { OR: pairs.map((p) => ({ questionId: p.questionId, contentHash: p.contentHash })) },
  });
  return new Map(
    rows.map((r) => [
      versionKey(r.questionId, r.contentHash),
      { ...questionVersionData.decode(r.data, r.questionId), id: r.questionId },
    ]),
  );
}

/**
 * The questions as they were answered: each answer's stored version, or the
 * current question for an answer older than versioning (or a version lost).
 */
export async function getAnsweredQuestions(
  db: Db,
  answers: readonly { questionId: string; questionHash: string | null }[],
): Promise<Map<string, Question>> {
  const pairs = answers.flatMap((a) =>
    a.questionHash ? [{ questionId: a.questionId, contentHash: a.questionHash }] : [],
  );
  const [versions, current] = await Promise.all([
    getQuestionVersions(db, pairs),
    getQuestionContent(
      db,
      answers.map((a) => a.questionId),
    ),
  ]);
  const out = new Map<string, Question>();
  for (const a of answers) {
    const q =
      (a.questionHash ? versions.get(versionKey(a.questionId, a.questionHash)) : undefined) ??
      current.get(a.questionId);
    if (q) out.set(a.questionId, q);
  }
  return out;
}

// Quiz attempts and their responses. An answer is stored once per attempt and
// question: a retried or doubled submit (same idempotency key, or a second
// submit for the same question) returns the stored response instead of a new row.
import { z } from "zod";
import type { Prisma } from "./generated/sqlite/client";
import { ConflictError, NotFoundError } from "../domain/errors";
import type { Db } from "./client";
import type { Answer } from "../questions/schema";
import { attemptConfig, attemptQuestionIds, responseAnswer } from "./codecs";
import { isUniqueViolation } from "./errors";
import { finishedAt, isFinished } from "../domain/attempt";

export const attemptModeSchema = z.enum(["practice", "retry", "assignment"]);
export type AttemptMode = z.infer<typeof attemptModeSchema>;

export type ResponseRecord = {
  id: string;
  questionId: string;
  idempotencyKey: string;
  answer: Answer;
  correct: boolean;
  score: number;
  answeredAt: Date;
  /** The version of the question that was answered (null for answers older than versioning). */
  questionHash: string | null;
};

export type AttemptRecord = {
  id: string;
  userId: string;
  mode: AttemptMode;
  assignmentId: string | null;
  questionIds: string[];
  config: Record<string, unknown>;
  startedAt: Date;
  finishedAt: Date | null;
  responses: ResponseRecord[];
};

type AttemptRow = Prisma.AttemptGetPayload<{ include: { responses: true } }>;

type AttemptHead = Pick<
  AttemptRecord,
  "id" | "userId" | "mode" | "assignmentId" | "questionIds" | "config" | "startedAt"
>;

/** The fields every reading of an attempt decodes the same way. */
function attemptHead(row: Pick<AttemptRow, keyof AttemptHead>): AttemptHead {
  return {
    id: row.id,
    userId: row.userId,
    mode: attemptModeSchema.catch("practice").parse(row.mode),
    assignmentId: row.assignmentId,
    questionIds: attemptQuestionIds.decode(row.questionIds, row.id),
    config: attemptConfig.decode(row.config, row.id),
    startedAt: row.startedAt,
  };
}

function toRecord(row: AttemptRow): AttemptRecord {
  const head = attemptHead(row);
  return {
    ...head,
    finishedAt: finishedAt({
      finishedAt: row.finishedAt,
      questionIds: head.questionIds,
      answeredAt: row.responses.map((r) => r.answeredAt),
    }),
    responses: row.responses.map(toResponseRecord).sort((a, b) => a.answeredAt.getTime() - b.answeredAt.getTime()),
  };
}

export async function createAttempt(
  db: Db,
  input: {
    userId: string;
    questionIds: string[];
    mode: AttemptMode;
    assignmentId?: string | null;
    config: Record<string, unknown>;
    now: Date;
  },
): Promise<string> {
  const row = await db.attempt.create({
    data: {
      userId: input.userId,
      questionIds: attemptQuestionIds.encode(input.questionIds),
      mode: input.mode,
      assignmentId: input.assignmentId ?? null,
      config: attemptConfig.encode(input.config),
      startedAt: input.now,
    },
  });
  return row.id;
}

/** The attempt if it is this user's; anyone else's looks exactly like a missing one. */
export async function getOwnAttempt(db: Db, attemptId: string, userId: string): Promise<AttemptRecord> {
  const row = await db.attempt.findFirst({ where: { id: attemptId, userId }, include: { responses: true } });
  if (!row) throw new NotFoundError("That quiz does not exist or is not yours.");
  return toRecord(row);
}

/** What storing one answer needs to know of its attempt: far less than the whole attempt. */
export type AnswerTarget = Pick<
  AttemptRecord,
  "id" | "userId" | "mode" | "assignmentId" | "questionIds" | "startedAt" | "config"
> & {
  finished: boolean;
  answeredCount: number;
  /** This question's stored answer, if it has one. */
  existing: ResponseRecord | null;
};

function toResponseRecord(r: {
  id: string;
  questionId: string;
  idempotencyKey: string;
  answer: string;
  correct: boolean;
  score: number;
  answeredAt: Date;
  questionHash: string | null;
}): ResponseRecord {
  return {
    id: r.id,
    questionId: r.questionId,
    idempotencyKey: r.idempotencyKey,
    answer: responseAnswer.decode(r.answer, r.id),
    correct: r.correct,
    score: r.score,
    answeredAt: r.answeredAt,
    questionHash: r.questionHash,
  };
}

/** The attempt as an answer to questionId sees it, if it is this user's (one query, not every response). */
export async function getAnswerTarget(
  db: Db,
  attemptId: string,
  userId: string,
  questionId: string,
): Promise<AnswerTarget> {
  const row = await db.attempt.findFirst({
    where: { id: attemptId, userId },
    select: {
      id: true,
      userId: true,
      mode: true,
      assignmentId: true,
      questionIds: true,
      startedAt: true,
      config: true,
      finishedAt: true,
      // Just the question ids: Prisma's relation _count groups the whole table.
      responses: { select: { questionId: true } },
    },
  });
  if (!row) throw new NotFoundError("That quiz does not exist or is not yours.");
  const head = attemptHead(row);
  const answeredCount = row.responses.length;
  // A retried submit: only then is the stored answer read whole.
  const same = row.responses.some((r) => r.questionId === questionId)
    ? await db.response.findUnique({ where: { attemptId_questionId: { attemptId, questionId } } })
    : null;
  return {
    ...head,
    finished: isFinished({
      finishedAt: row.finishedAt,
      answered: answeredCount,
      questionCount: head.questionIds.length,
    }),
    answeredCount,
    existing: same ? toResponseRecord(same) : null,
  };
}

export type NewResponse = {
  attempt: AnswerTarget;
  questionId: string;
  idempotencyKey: string;
  answer: Answer;
  correct: boolean;
  score: number;
  /** The version graded (Question.contentHash then), so the answer stays tied to it. */
  questionHash?: string | null | undefined;
  now: Date;
};

/**
 * Stores a response once. Returns the stored one (new or earlier) and whether
 * this call wrote it; finishes the attempt when its last question is answered.
 * The happy path is one insert: the unique keys, not a transaction, keep a
 * doubled or retried submit from being stored twice.
 */
export async function recordResponse(
  db: Db,
  input: NewResponse,
): Promise<{ response: ResponseRecord; written: boolean; finished: boolean }> {
  const { attempt } = input;
  const { finished } = attempt;
  if (attempt.existing) return { response: attempt.existing, written: false, finished };
  let row;
  try {
    row = await db.response.create({
      data: {
        attemptId: attempt.id,
        questionId: input.questionId,
        idempotencyKey: input.idempotencyKey,
        answer: responseAnswer.encode(input.answer),
        correct: input.correct,
        score: input.score,
        questionHash: input.questionHash ?? null,
        answeredAt: input.now,
      },
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const raced = await db.response.findFirst({
      where: {
        OR: [{ attemptId: attempt.id, questionId: input.questionId }, { idempotencyKey: input.idempotencyKey }],
      },
    });
    if (!raced) throw error;
    // A key reused for another question or attempt is a forged or broken client.
    if (raced.attemptId !== attempt.id || raced.questionId !== input.questionId) {
      throw new ConflictError("That submission key was already used for another answer.");
    }
    return { response: toResponseRecord(raced), written: false, finished };
  }
  // Only the last question's answer pays for the count; a crash before the update
  // leaves an attempt whose every question is answered, which pages treat as finished.
  let nowFinished = finished;
  if (attempt.answeredCount + 1 >= attempt.questionIds.length) {
    const answered = await db.response.count({ where: { attemptId: attempt.id } });
    if (answered >= attempt.questionIds.length) {
      await db.attempt.updateMany({ where: { id: attempt.id, finishedAt: null }, data: { finishedAt: input.now } });
      nowFinished = true;
    }
  }
  return {
    response: { ...toResponseRecord(row), answer: input.answer },
    written: true,
    finished: nowFinished,
  };
}

/** Ends an attempt early (the learner stops); unanswered questions count as not answered. */
export async function finishAttempt(db: Db, attemptId: string, userId: string, now: Date): Promise<void> {
  await db.attempt.updateMany({ where: { id: attemptId, userId, finishedAt: null }, data: { finishedAt: now } });
}

// submitAnswer, the one place that grades and stores an answer, on a real database made by the migrations:
// what a learner sees after submitting, what is stored, and what reaches their flashcards.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../support/db";
import { loadCorpus } from "@/lib/facts";
import { syncCorpus } from "@/lib/db/content-sync";
import { createAttempt, finishAttempt } from "@/lib/db/attempts";
import { addQuestionToSet, createSet, updateSet } from "@/lib/db/teach-sets";
import { createClass } from "@/lib/db/teach-classes";
import { joinClass } from "@/lib/db/enrollments";
import { createAssignment } from "@/lib/db/teach-assignments";
import { startAssignment } from "@/lib/quiz/start-assignment";
import { ConflictError, DomainError, NotFoundError } from "@/lib/domain/errors";
import { submitAnswer } from "@/lib/quiz/submit";
import { DEFAULT_SET_OPTIONS } from "@/lib/teach";
import { fakeQuestion, makeUser } from "../teach/fixtures";
import { bankStore } from "@/lib/db/bank-store";
import { syncBank } from "@/lib/teach/regenerate-banks";

const now = new Date("2026-03-03T12:00:00Z");
const FACT = "turkey-backs-rebels";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await syncCorpus(t.db, await loadCorpus("content"), { source: "content" });
  await syncBank(bankStore(t.db), null, [
    fakeQuestion("submit-q1", { factIds: [FACT] }),
    fakeQuestion("submit-q2", { factIds: [FACT] }),
  ]);
});
afterAll(async () => {
  await t.cleanup();
});

let users = 0;
async function learnerWithQuiz(
  questionIds = ["submit-q1", "submit-q2"],
): Promise<{ userId: string; attemptId: string }> {
  users += 1;
  const userId = await makeUser(t.db, `submitter-${users}`, "LEARNER");
  const attemptId = await createAttempt(t.db, { userId, questionIds, mode: "practice", config: {}, now });
  return { userId, attemptId };
}

const choose = (choice: string) => ({ kind: "single-choice" as const, choice });
const cards = (userId: string) => t.db.card.count({ where: { userId } });
const responses = (attemptId: string) => t.db.response.count({ where: { attemptId } });

describe("submitAnswer", () => {
  it("grades a right answer, shows the evidence, stores it once and adds no flashcard", async () => {
    const { userId, attemptId } = await learnerWithQuiz();
    const result = await submitAnswer(
      t.db,
      userId,
      { attemptId, questionId: "submit-q1", idempotencyKey: randomUUID(), answer: choose("Russia") },
      now,
    );
    expect(result).toMatchObject({ correct: true, score: 1, rightAnswer: ["Russia"], finished: false });
    expect(result.evidence.length).toBeGreaterThan(0);
    expect(await responses(attemptId)).toBe(1);
    expect(await cards(userId)).toBe(0);
  });

  it("puts a missed question's facts into the learner's flashcards", async () => {
    const { userId, attemptId } = await learnerWithQuiz();
    const result = await submitAnswer(
      t.db,
      userId,
      { attemptId, questionId: "submit-q1", idempotencyKey: randomUUID(), answer: choose("Qatar") },
      now,
    );
    expect(result).toMatchObject({ correct: false, score: 0, rightAnswer: ["Russia"] });
    expect(await t.db.card.findMany({ where: { userId }, select: { factId: true } })).toEqual([{ factId: FACT }]);
  });

  it("returns the stored grade when the same submission is replayed, even with another answer", async () => {
    const { userId, attemptId } = await learnerWithQuiz();
    const key = randomUUID();
    const first = await submitAnswer(
      t.db,
      userId,
      { attemptId, questionId: "submit-q1", idempotencyKey: key, answer: choose("Qatar") },
      now,
    );
    const replay = await submitAnswer(
      t.db,
      userId,
      { attemptId, questionId: "submit-q1", idempotencyKey: key, answer: choose("Russia") },
      now,
    );
    expect(replay.correct).toBe(false);
    expect(replay).toEqual(first);
    expect(await responses(attemptId)).toBe(1);
    expect(await cards(userId)).toBe(1);
  });

  it("finishes the quiz with the last answer; a second answer to a question keeps the first", async () => {
    const { userId, attemptId } = await learnerWithQuiz(["submit-q1"]);
    const last = await submitAnswer(
      t.db,
      userId,
      { attemptId, questionId: "submit-q1", idempotencyKey: randomUUID(), answer: choose("Russia") },
      now,
    );
    expect(last.finished).toBe(true);
    const again = await submitAnswer(
      t.db,
      userId,
      { attemptId, questionId: "submit-q1", idempotencyKey: randomUUID(), answer: choose("Turkey") },
      now,
    );
    expect(again).toEqual(last);
    expect(await responses(attemptId)).toBe(1);
  });

  it("refuses an answer to a quiz the learner has ended", async () => {
    const { userId, attemptId } = await learnerWithQuiz();
    await submitAnswer(
      t.db,
      userId,
      { attemptId, questionId: "submit-q1", idempotencyKey: randomUUID(), answer: choose("Russia") },
      now,
    );
    await finishAttempt(t.db, attemptId, userId, now);
    await expect(
      submitAnswer(
        t.db,
        userId,
        { attemptId, questionId: "submit-q2", idempotencyKey: randomUUID(), answer: choose("Russia") },
        now,
      ),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await responses(attemptId)).toBe(1);
  });

  it("refuses another learner's quiz, a question outside the quiz and an answer of the wrong kind, writing nothing", async () => {
    const { userId, attemptId } = await learnerWithQuiz(["submit-q1"]);
    const other = await learnerWithQuiz();
    const submit = (who: string, questionId: string, answer: Parameters<typeof submitAnswer>[2]["answer"]) =>
      submitAnswer(t.db, who, { attemptId, questionId, idempotencyKey: randomUUID(), answer }, now);
    await expect(submit(other.userId, "submit-q1", choose("Russia"))).rejects.toBeInstanceOf(NotFoundError);
    await expect(submit(userId, "submit-q2", choose("Russia"))).rejects.toBeInstanceOf(NotFoundError);
    await expect(submit(userId, "submit-q1", { kind: "true-false", value: true })).rejects.toBeInstanceOf(DomainError);
    expect(await responses(attemptId)).toBe(0);
    expect(await cards(userId)).toBe(0);
  });

  it("withholds the result of an assignment whose feedback comes after the due date, and adds no flashcard", async () => {
    const teacherId = await makeUser(t.db, "submit-teacher", "TEACHER");
    const userId = await makeUser(t.db, "submit-pupil", "LEARNER");
    const klass = await createClass(t.db, { teacherId, name: "Withheld", randomIndex: () => 5 });
    await joinClass(t.db, { userId, code: klass.joinCode, now });
    const setId = await createSet(t.db, { teacherId, title: "After the due date" });
    await addQuestionToSet(t.db, { teacherId, setId, questionId: "submit-q1" });
    await updateSet(t.db, {
      teacherId,
      setId,
      title: "After the due date",
      options: { ...DEFAULT_SET_OPTIONS, feedback: "after-due" },
    });
    const dueAt = new Date(now.getTime() + 7 * 24 * 3600_000);
    const assignmentId = await createAssignment(t.db, { teacherId, setId, classId: klass.id, opensAt: now, dueAt });
    const { attemptId } = await startAssignment(t.db, { userId, assignmentId, now, seed: 1 });

    const result = await submitAnswer(
      t.db,
      userId,
      { attemptId, questionId: "submit-q1", idempotencyKey: randomUUID(), answer: choose("Qatar") },
      now,
    );
    expect(result).toMatchObject({ withheld: true, rightAnswer: [], evidence: [], explanation: "" });
    expect(await responses(attemptId)).toBe(1);
    expect(await cards(userId)).toBe(0);
  });
});

// The learner's assignment list and page read "done" by the one finished rule (lib/domain/attempt.ts):
// an attempt whose every question has an answer is done, even when the write that closes it was lost.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../support/db";
import { addQuestionToSet, createSet } from "@/lib/db/teach-sets";
import { createClass } from "@/lib/db/teach-classes";
import { joinClass } from "@/lib/db/enrollments";
import { createAssignment } from "@/lib/db/teach-assignments";
import { getLearnerAssignment, learnerAssignments } from "@/lib/db/assignments";
import { startAssignment } from "@/lib/quiz/start-assignment";
import { makeQuestions, makeUser } from "../teach/fixtures";

const opens = new Date("2026-03-01T09:00:00Z");
const due = new Date("2026-03-08T17:00:00Z");
const during = new Date("2026-03-03T12:00:00Z");
let t: TestDb;
let assignmentId = "";

beforeAll(async () => {
  t = await createTestDb();
  await makeUser(t.db, "teacher-f", "TEACHER");
  await makeUser(t.db, "learner-f", "LEARNER");
  const ids = await makeQuestions(t.db, 2);
  const setId = await createSet(t.db, { teacherId: "teacher-f", title: "Two questions" });
  for (const questionId of ids) await addQuestionToSet(t.db, { teacherId: "teacher-f", setId, questionId });
  const klass = await createClass(t.db, { teacherId: "teacher-f", name: "Year 10", randomIndex: () => 1 });
  await joinClass(t.db, { userId: "learner-f", code: klass.joinCode, now: opens });
  assignmentId = await createAssignment(t.db, {
    teacherId: "teacher-f",
    setId,
    classId: klass.id,
    opensAt: opens,
    dueAt: due,
  });
});
afterAll(async () => {
  await t.cleanup();
});

describe("an assignment attempt with every question answered", () => {
  it("is done on the list and the page, though its closing write was lost", async () => {
    const { attemptId } = await startAssignment(t.db, { userId: "learner-f", assignmentId, now: during, seed: 1 });
    const attempt = await t.db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    const questionIds = JSON.parse(attempt.questionIds) as string[];
    expect((await learnerAssignments(t.db, "learner-f", during))[0]?.state).toBe("in-progress");
    // The answers are stored; the attempt's finishedAt is not (a crash between the two writes).
    for (const questionId of questionIds) {
      await t.db.response.create({
        data: {
          attemptId,
          questionId,
          idempotencyKey: randomUUID(),
          answer: JSON.stringify({ kind: "single-choice", choice: "Russia" }),
          correct: true,
          score: 1,
          answeredAt: during,
        },
      });
    }
    expect((await t.db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).finishedAt).toBeNull();
    const [listed] = await learnerAssignments(t.db, "learner-f", new Date("2026-03-09T00:00:00Z"));
    expect(listed).toMatchObject({ state: "done", late: false, attemptId });
    const page = await getLearnerAssignment(t.db, "learner-f", assignmentId);
    expect(page.openAttemptId).toBeNull();
    expect(page.lastFinishedAttemptId).toBe(attemptId);
  });
});

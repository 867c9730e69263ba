import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../support/db";
import {
  addQuestionToSet,
  createSet,
  getOwnSet,
  moveQuestionInSet,
  removeQuestionFromSet,
  updateSet,
} from "@/lib/db/teach-sets";
import { createClass } from "@/lib/db/teach-classes";
import { joinClass } from "@/lib/db/enrollments";
import { assignmentResults, createAssignment, getOwnAssignment, learnerAnswers } from "@/lib/db/teach-assignments";
import { assignmentFeedbackWithheld, getLearnerAssignment } from "@/lib/db/assignments";
import { startAssignment } from "@/lib/quiz/start-assignment";
import { getAnswerTarget, getOwnAttempt, recordResponse } from "@/lib/db/attempts";
import { hideQuestion } from "@/lib/db/teach-reports";
import { ConflictError, DomainError, NotFoundError } from "@/lib/domain/errors";
import { DEFAULT_SET_OPTIONS } from "@/lib/teach";
import { makeQuestions, makeUser, snapshot } from "./fixtures";

let t: TestDb;
const opens = new Date("2026-03-01T09:00:00Z");
const due = new Date("2026-03-08T17:00:00Z");
const during = new Date("2026-03-03T12:00:00Z");
let classId = "";
let joinCode = "";

beforeAll(async () => {
  t = await createTestDb();
  await makeUser(t.db, "rivera", "TEACHER");
  await makeUser(t.db, "okafor", "TEACHER");
  for (const learner of ["ada", "ben", "cy", "dee"]) await makeUser(t.db, learner, "LEARNER");
  await makeQuestions(t.db, 5);
  const klass = await createClass(t.db, { teacherId: "rivera", name: "Year 11", randomIndex: () => 3 });
  classId = klass.id;
  joinCode = klass.joinCode;
  for (const learner of ["ada", "ben", "cy"]) await joinClass(t.db, { userId: learner, code: joinCode, now: opens });
});
afterAll(async () => {
  await t.cleanup();
});

async function setWith(ids: readonly string[], title = "Sochi"): Promise<string> {
  const setId = await createSet(t.db, { teacherId: "rivera", title });
  for (const questionId of ids) await addQuestionToSet(t.db, { teacherId: "rivera", setId, questionId });
  return setId;
}

describe("question sets", () => {
  it("keep their questions in order: add (once), move up and down, remove", async () => {
    const setId = await setWith(["q1", "q2", "q3"]);
    expect((await addQuestionToSet(t.db, { teacherId: "rivera", setId, questionId: "q2" })).added).toBe(false);
    expect(await moveQuestionInSet(t.db, { teacherId: "rivera", setId, questionId: "q3", direction: "up" })).toEqual({
      position: 1,
      total: 3,
    });
    await moveQuestionInSet(t.db, { teacherId: "rivera", setId, questionId: "q1", direction: "up" });
    expect((await getOwnSet(t.db, "rivera", setId)).questionIds).toEqual(["q1", "q3", "q2"]);
    await removeQuestionFromSet(t.db, { teacherId: "rivera", setId, questionId: "q3" });
    await addQuestionToSet(t.db, { teacherId: "rivera", setId, questionId: "q3" });
    expect((await getOwnSet(t.db, "rivera", setId)).questionIds).toEqual(["q1", "q2", "q3"]);
  });

  it("refuse another teacher everything and write nothing", async () => {
    const setId = await setWith(["q1", "q2"]);
    const before = await snapshot(t.db);
    const as = { teacherId: "okafor", setId };
    await expect(getOwnSet(t.db, "okafor", setId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(addQuestionToSet(t.db, { ...as, questionId: "q3" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeQuestionFromSet(t.db, { ...as, questionId: "q1" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(moveQuestionInSet(t.db, { ...as, questionId: "q2", direction: "up" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(updateSet(t.db, { ...as, title: "Mine now", options: DEFAULT_SET_OPTIONS })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      createAssignment(t.db, { teacherId: "okafor", setId, classId, opensAt: opens, dueAt: due }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("do not take questions their teacher hid; another teacher's hide changes nothing", async () => {
    await makeQuestions(t.db, 6);
    await hideQuestion(t.db, { curator: { id: "rivera", maintainer: false }, questionId: "q6", now: opens });
    const setId = await createSet(t.db, { teacherId: "rivera", title: "Hidden" });
    await expect(addQuestionToSet(t.db, { teacherId: "rivera", setId, questionId: "q6" })).rejects.toBeInstanceOf(
      DomainError,
    );
    expect((await getOwnSet(t.db, "rivera", setId)).questionIds).toEqual([]);
    const theirs = await createSet(t.db, { teacherId: "okafor", title: "Not hidden here" });
    expect(await addQuestionToSet(t.db, { teacherId: "okafor", setId: theirs, questionId: "q6" })).toEqual({
      added: true,
    });
  });
});

describe("assignments", () => {
  it("need the teacher's own set and class, questions, and a due date after the opening", async () => {
    const setId = await setWith(["q1"]);
    const okaforClass = await createClass(t.db, { teacherId: "okafor", name: "Theirs", randomIndex: () => 11 });
    const empty = await createSet(t.db, { teacherId: "rivera", title: "Empty" });
    const before = await snapshot(t.db);
    await expect(
      createAssignment(t.db, { teacherId: "rivera", setId, classId: okaforClass.id, opensAt: opens, dueAt: due }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      createAssignment(t.db, { teacherId: "rivera", setId: empty, classId, opensAt: opens, dueAt: due }),
    ).rejects.toBeInstanceOf(DomainError);
    await expect(
      createAssignment(t.db, { teacherId: "rivera", setId, classId, opensAt: due, dueAt: opens }),
    ).rejects.toBeInstanceOf(DomainError);
    expect(await snapshot(t.db)).toEqual(before);
    const id = await createAssignment(t.db, { teacherId: "rivera", setId, classId, opensAt: opens, dueAt: due });
    await expect(getOwnAssignment(t.db, "okafor", id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(assignmentResults(t.db, "okafor", id, during)).rejects.toBeInstanceOf(NotFoundError);
    await expect(learnerAnswers(t.db, "okafor", id, "ada", due)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("are only a class member's to open or start", async () => {
    const setId = await setWith(["q1", "q2"]);
    const id = await createAssignment(t.db, { teacherId: "rivera", setId, classId, opensAt: opens, dueAt: due });
    await expect(getLearnerAssignment(t.db, "dee", id)).rejects.toBeInstanceOf(NotFoundError);
    const before = await snapshot(t.db);
    await expect(
      startAssignment(t.db, { userId: "dee", assignmentId: id, now: during, seed: 1 }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      startAssignment(t.db, { userId: "ada", assignmentId: id, now: new Date("2026-02-28T00:00:00Z"), seed: 1 }),
    ).rejects.toThrow("not open yet");
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("start an attempt in set order (or a seeded shuffle), continue it, and stop at the attempts allowed", async () => {
    const setId = await setWith(["q1", "q2", "q3", "q4", "q5"]);
    const id = await createAssignment(t.db, { teacherId: "rivera", setId, classId, opensAt: opens, dueAt: due });
    const started = await startAssignment(t.db, { userId: "ada", assignmentId: id, now: during, seed: 7 });
    const attempt = await getOwnAttempt(t.db, started.attemptId, "ada");
    expect(attempt).toMatchObject({
      mode: "assignment",
      assignmentId: id,
      questionIds: ["q1", "q2", "q3", "q4", "q5"],
    });
    expect(await startAssignment(t.db, { userId: "ada", assignmentId: id, now: during, seed: 8 })).toEqual({
      attemptId: started.attemptId,
      resumed: true,
    });
    await t.db.attempt.update({ where: { id: started.attemptId }, data: { finishedAt: during } });
    await expect(
      startAssignment(t.db, { userId: "ada", assignmentId: id, now: during, seed: 9 }),
    ).rejects.toBeInstanceOf(ConflictError);

    await updateSet(t.db, {
      teacherId: "rivera",
      setId,
      title: "Sochi",
      options: { ...DEFAULT_SET_OPTIONS, shuffle: true, attemptsAllowed: 2 },
    });
    const shuffled = await startAssignment(t.db, { userId: "ada", assignmentId: id, now: during, seed: 7 });
    const ids = (await getOwnAttempt(t.db, shuffled.attemptId, "ada")).questionIds;
    expect([...ids].sort()).toEqual(["q1", "q2", "q3", "q4", "q5"]);
    expect(ids).not.toEqual(["q1", "q2", "q3", "q4", "q5"]);
    expect((await getLearnerAssignment(t.db, "ada", id)).attemptsUsed).toBe(2);
  });

  it("hold feedback back until the due date when the set says so", async () => {
    const setId = await setWith(["q1"]);
    const id = await createAssignment(t.db, { teacherId: "rivera", setId, classId, opensAt: opens, dueAt: due });
    const attempt = { mode: "assignment", assignmentId: id };
    expect(await assignmentFeedbackWithheld(t.db, attempt, during)).toBe(false);
    await updateSet(t.db, {
      teacherId: "rivera",
      setId,
      title: "Sochi",
      options: { ...DEFAULT_SET_OPTIONS, feedback: "after-due" },
    });
    expect(await assignmentFeedbackWithheld(t.db, attempt, during)).toBe(true);
    expect(await assignmentFeedbackWithheld(t.db, attempt, new Date("2026-03-09T00:00:00Z"))).toBe(false);
    expect(await assignmentFeedbackWithheld(t.db, { mode: "practice", assignmentId: null }, during)).toBe(false);
  });

  it("report completion, scores, late work, item analysis and the passages missed", async () => {
    const setId = await setWith(["q1", "q2"], "Results");
    const id = await createAssignment(t.db, { teacherId: "rivera", setId, classId, opensAt: opens, dueAt: due });
    const answer = async (userId: string, now: Date, answers: Record<string, string>) => {
      const { attemptId } = await startAssignment(t.db, { userId, assignmentId: id, now, seed: 1 });
      for (const [questionId, choice] of Object.entries(answers)) {
        const attempt = await getAnswerTarget(t.db, attemptId, userId, questionId);
        const correct = choice === "Russia";
        await recordResponse(t.db, {
          attempt,
          questionId,
          idempotencyKey: crypto.randomUUID(),
          answer: { kind: "single-choice", choice },
          correct,
          score: correct ? 1 : 0,
          now,
        });
      }
    };
    await answer("ada", during, { q1: "Russia", q2: "Russia" });
    await answer("ben", new Date("2026-03-09T08:00:00Z"), { q1: "Turkey", q2: "Russia" });
    const { report, questions } = await assignmentResults(t.db, "rivera", id, new Date("2026-03-10T00:00:00Z"));
    expect(questions.map((q) => q.id)).toEqual(["q1", "q2"]);
    expect(report).toMatchObject({ enrolled: 3, submitted: 2, inProgress: 0, meanScore: 0.75 });
    const byName = Object.fromEntries(report.learners.map((l) => [l.learner.id, l]));
    expect(byName.ada).toMatchObject({ status: "submitted", score: 1, late: false });
    expect(byName.ben).toMatchObject({ status: "submitted", score: 0.5, late: true });
    expect(byName.cy).toMatchObject({ status: "not-started", late: true });
    expect(report.items[0]).toMatchObject({
      questionId: "q1",
      right: 1,
      takers: 2,
      facility: 0.5,
      discrimination: 1,
      commonWrong: { answer: "Turkey", count: 1 },
    });
    expect(report.heat.get("sochi#p1")).toMatchObject({ missed: 1, asked: 2 });
    const drill = await learnerAnswers(t.db, "rivera", id, "ben", new Date("2026-03-10T00:00:00Z"));
    expect(drill.attempts[0]?.late).toBe(true);
    expect(drill.attempts[0]?.responses.map((r) => r.answerText)).toEqual(["Turkey", "Russia"]);
  });
});

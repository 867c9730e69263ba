import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../support/db";
import { addQuestionToSet, createSet, getOwnSet, MAX_SET_QUESTIONS } from "@/lib/db/teach-sets";
import { addQuestionsToSet, placeQuestionInSet } from "@/lib/db/teach-set-bulk";
import { NotFoundError } from "@/lib/domain/errors";
import { makeQuestions, makeUser, snapshot } from "./fixtures";

let t: TestDb;
let ids: string[] = [];

beforeAll(async () => {
  t = await createTestDb();
  await makeUser(t.db, "rivera", "TEACHER");
  await makeUser(t.db, "okafor", "TEACHER");
  ids = await makeQuestions(t.db, MAX_SET_QUESTIONS + 5);
  await t.db.question.update({ where: { id: "q3" }, data: { hidden: true } });
});
afterAll(async () => {
  await t.cleanup();
});

describe("adding many questions to a set", () => {
  it("appends them in the order given, skipping those already there and hidden ones", async () => {
    const setId = await createSet(t.db, { teacherId: "rivera", title: "Bulk" });
    await addQuestionToSet(t.db, { teacherId: "rivera", setId, questionId: "q2" });
    const result = await addQuestionsToSet(t.db, {
      teacherId: "rivera",
      setId,
      questionIds: ["q4", "q2", "q3", "q1", "q4"],
    });
    expect(result).toEqual({ added: 2, already: 1, overLimit: 0 });
    expect((await getOwnSet(t.db, "rivera", setId)).questionIds).toEqual(["q2", "q4", "q1"]);
  });

  it("stops at the set size limit and says how many did not fit", async () => {
    const setId = await createSet(t.db, { teacherId: "rivera", title: "Full" });
    const result = await addQuestionsToSet(t.db, { teacherId: "rivera", setId, questionIds: ids });
    // q3 is hidden: MAX + 4 servable, MAX fit.
    expect(result).toEqual({ added: MAX_SET_QUESTIONS, already: 0, overLimit: 4 });
    expect((await getOwnSet(t.db, "rivera", setId)).questionIds).toHaveLength(MAX_SET_QUESTIONS);
  });

  it("refuses another teacher's set and writes nothing", async () => {
    const setId = await createSet(t.db, { teacherId: "rivera", title: "Mine" });
    const before = await snapshot(t.db);
    await expect(addQuestionsToSet(t.db, { teacherId: "okafor", setId, questionIds: ["q1"] })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      placeQuestionInSet(t.db, { teacherId: "okafor", setId, questionId: "q1", position: 0 }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot(t.db)).toEqual(before);
  });
});

describe("placing a question (drag and drop)", () => {
  it("moves it to the position it was dropped at, clamped to the list", async () => {
    const setId = await createSet(t.db, { teacherId: "rivera", title: "Order" });
    await addQuestionsToSet(t.db, { teacherId: "rivera", setId, questionIds: ["q1", "q2", "q4", "q5"] });
    expect(await placeQuestionInSet(t.db, { teacherId: "rivera", setId, questionId: "q5", position: 0 })).toEqual({
      position: 0,
      total: 4,
    });
    expect((await getOwnSet(t.db, "rivera", setId)).questionIds).toEqual(["q5", "q1", "q2", "q4"]);
    expect(await placeQuestionInSet(t.db, { teacherId: "rivera", setId, questionId: "q1", position: 99 })).toEqual({
      position: 3,
      total: 4,
    });
    expect((await getOwnSet(t.db, "rivera", setId)).questionIds).toEqual(["q5", "q2", "q4", "q1"]);
    await expect(
      placeQuestionInSet(t.db, { teacherId: "rivera", setId, questionId: "q3", position: 0 }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

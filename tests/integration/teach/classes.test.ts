import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../support/db";
import { createClass, getOwnClass, removeLearner, teacherClasses } from "@/lib/db/teach-classes";
import { joinClass } from "@/lib/db/enrollments";
import { NotFoundError } from "@/lib/domain/errors";
import { mulberry32 } from "@/lib/questions";
import { isUnambiguous } from "@/lib/teach";
import { makeUser, snapshot } from "./fixtures";

let t: TestDb;
const now = new Date("2026-03-01T10:00:00Z");
beforeAll(async () => {
  t = await createTestDb();
  await makeUser(t.db, "rivera", "TEACHER");
  await makeUser(t.db, "okafor", "TEACHER");
  await makeUser(t.db, "ada", "LEARNER");
  await makeUser(t.db, "ben", "LEARNER");
});
afterAll(async () => {
  await t.cleanup();
});

describe("classes", () => {
  it("get a unique join code of unambiguous characters, drawing again on a collision", async () => {
    // The same seeded source twice: the second class's first draw collides with the first class's code.
    const seq = (seed: number) => {
      const rng = mulberry32(seed);
      return (n: number) => Math.floor(rng() * n);
    };
    const first = await createClass(t.db, { teacherId: "rivera", name: "Year 11", randomIndex: seq(1) });
    const draws = seq(1);
    const second = await createClass(t.db, { teacherId: "rivera", name: "Year 12", randomIndex: draws });
    expect(first.joinCode).toMatch(/^[A-Z2-9]{6}$/);
    expect(isUnambiguous(first.joinCode)).toBe(true);
    expect(second.joinCode).not.toBe(first.joinCode);
    expect((await teacherClasses(t.db, "rivera")).map((c) => c.name).sort()).toEqual(["Year 11", "Year 12"]);
  });

  it("are another teacher's to see or change: not found, and nothing written", async () => {
    const klass = await createClass(t.db, { teacherId: "rivera", name: "Private", randomIndex: () => 5 });
    await joinClass(t.db, { userId: "ada", code: klass.joinCode, now });
    await expect(getOwnClass(t.db, "okafor", klass.id)).rejects.toBeInstanceOf(NotFoundError);
    const before = await snapshot(t.db);
    await expect(
      removeLearner(t.db, { teacherId: "okafor", classId: klass.id, learnerId: "ada" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("lose a learner only through their own teacher", async () => {
    const klass = await createClass(t.db, { teacherId: "rivera", name: "Roster", randomIndex: () => 7 });
    await joinClass(t.db, { userId: "ben", code: klass.joinCode, now });
    expect((await getOwnClass(t.db, "rivera", klass.id)).learners.map((l) => l.id)).toEqual(["ben"]);
    await removeLearner(t.db, { teacherId: "rivera", classId: klass.id, learnerId: "ben" });
    expect((await getOwnClass(t.db, "rivera", klass.id)).learners).toEqual([]);
    await expect(
      removeLearner(t.db, { teacherId: "rivera", classId: klass.id, learnerId: "ben" }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("joining by code", () => {
  it("is idempotent: a second join keeps one enrolment and says so", async () => {
    const klass = await createClass(t.db, { teacherId: "okafor", name: "Joinable", randomIndex: () => 9 });
    const first = await joinClass(t.db, { userId: "ben", code: klass.joinCode, now });
    const second = await joinClass(t.db, { userId: "ben", code: klass.joinCode, now });
    const together = await Promise.all([
      joinClass(t.db, { userId: "ben", code: klass.joinCode, now }),
      joinClass(t.db, { userId: "ben", code: klass.joinCode, now }),
    ]);
    expect(first).toMatchObject({ classId: klass.id, joined: true });
    expect(second.joined).toBe(false);
    expect(together.every((r) => r.classId === klass.id)).toBe(true);
    expect(await t.db.enrollment.count({ where: { classId: klass.id, userId: "ben" } })).toBe(1);
  });

  it("refuses an unknown code and writes nothing", async () => {
    const before = await snapshot(t.db);
    await expect(joinClass(t.db, { userId: "ben", code: "ZZZZZZ", now })).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot(t.db)).toEqual(before);
  });
});

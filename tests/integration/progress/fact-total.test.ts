// "Facts mastered N of M": M is what this learner can study, not every fact in
// the database. Another teacher's import must not grow it; their own teacher's
// assignment may.
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../support/db";
import { loadCorpus } from "@/lib/facts";
import { syncCorpus } from "@/lib/db/content-sync";
import { loadLearningRecord } from "@/lib/db/progress";

const now = new Date("2026-03-02T09:00:00Z");
let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await syncCorpus(t.db, await loadCorpus("content"), { source: "content" });
});
afterAll(async () => {
  await t.cleanup();
});

it("counts the library's reviewed facts, not other teachers' imports, but adds facts their own teacher assigned", async () => {
  const db = t.db;
  const library = await db.fact.count({ where: { ownerId: null, status: "reviewed" } });
  expect(library).toBeGreaterThan(0);
  const [learner, teacher] = await Promise.all([
    db.user.create({ data: { id: "u-learner", name: "Lea", email: "lea@example.test" } }),
    db.user.create({ data: { id: "u-teacher", name: "Tom", email: "tom@example.test", role: "TEACHER" } }),
  ]);
  expect((await loadLearningRecord(db, learner.id, now)).factIds).toHaveLength(library);

  // Another teacher imports: one reviewed fact and one proposal, each behind a question.
  for (const [id, status] of [
    ["teacher-fact-a", "reviewed"],
    ["teacher-fact-b", "proposed"],
  ] as const) {
    await db.fact.create({
      data: {
        id,
        kind: "event",
        statement: "A teacher's fact.",
        status,
        source: "teacher",
        ownerId: "u-other-teacher",
        data: "{}",
        contentHash: id,
      },
    });
    await db.question.create({
      data: {
        id: `q-${id}`,
        kind: "true-false",
        topic: "event",
        prompt: "?",
        data: "{}",
        contentHash: id,
        facts: { create: { factId: id } },
      },
    });
  }
  expect((await loadLearningRecord(db, learner.id, now)).factIds).toHaveLength(library);

  // Once the learner's own teacher assigns a set with the first question, its fact is theirs to study.
  const set = await db.questionSet.create({
    data: { title: "Set", ownerId: teacher.id, items: { create: { questionId: "q-teacher-fact-a", position: 0 } } },
  });
  const klass = await db.class.create({
    data: { name: "Class", teacherId: teacher.id, joinCode: "JOIN-1", enrollments: { create: { userId: learner.id } } },
  });
  await db.assignment.create({ data: { setId: set.id, classId: klass.id, opensAt: now, dueAt: now } });
  const ids = (await loadLearningRecord(db, learner.id, now)).factIds;
  expect(ids).toHaveLength(library + 1);
  expect(ids).toContain("teacher-fact-a");
  expect(ids).not.toContain("teacher-fact-b");
});

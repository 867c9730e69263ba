// Learners' wrong answers, read back from a real database as misconceptions the
// generator prefers as distractors: per scope, by the convergence rule, and a
// regeneration that uses them keeps every answer already given.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../support/db";
import { loadCorpus } from "@/lib/facts";
import { syncCorpus } from "@/lib/db/content-sync";
import { loadMisconceptions } from "@/lib/db/misconceptions";
import { loadServableBank } from "@/lib/db/questions";
import { createAttempt } from "@/lib/db/attempts";
import { submitAnswer } from "@/lib/quiz/submit";
import type { Corpus } from "@/lib/facts/corpus";
import { makeUser } from "../teach/fixtures";
import { bankStore } from "@/lib/db/bank-store";
import { regenerateLibraryBank } from "@/lib/teach/regenerate-banks";

const now = new Date("2026-03-03T12:00:00Z");
let t: TestDb;
let corpus: Corpus;
beforeAll(async () => {
  t = await createTestDb();
  corpus = await loadCorpus("content");
  await syncCorpus(t.db, corpus, { source: "content" });
  await regenerateLibraryBank(bankStore(t.db), corpus);
});
afterAll(async () => {
  await t.cleanup();
});

let users = 0;
async function answer(questionId: string, choice: string): Promise<void> {
  users += 1;
  const userId = await makeUser(t.db, `misreader-${users}`, "LEARNER");
  const attemptId = await createAttempt(t.db, { userId, questionIds: [questionId], mode: "practice", config: {}, now });
  await submitAnswer(
    t.db,
    userId,
    { attemptId, questionId, idempotencyKey: randomUUID(), answer: { kind: "single-choice", choice } },
    now,
  );
}

describe("misconceptions from stored answers", () => {
  it("names the wrong option a class converged on, for the library only, and regeneration keeps the answers", async () => {
    const bank = await loadServableBank(t.db, {});
    const item = bank.find((q) => q.kind === "single-choice" && q.probe !== undefined && q.choices.length >= 3)!;
    const [common, other] = item.choices.filter((c) => !item.answers.includes(c));
    await answer(item.id, common!);
    expect(await loadMisconceptions(t.db, null), "one learner is not a pattern").toEqual([]);
    await answer(item.id, common!);
    await answer(item.id, other!);
    await answer(item.id, item.answers[0]!);
    const found = await loadMisconceptions(t.db, null);
    expect(found).toEqual([
      {
        factIds: item.factIds,
        slot: item.kind === "single-choice" ? item.probe!.slot : undefined,
        answer: common,
        count: 2,
      },
    ]);
    const teacherId = await makeUser(t.db, "misconception-teacher", "TEACHER");
    expect(await loadMisconceptions(t.db, teacherId), "a teacher's bank learns only from its own questions").toEqual(
      [],
    );

    const before = await t.db.response.count({ where: { questionId: item.id } });
    await regenerateLibraryBank(bankStore(t.db), corpus);
    expect(await t.db.response.count({ where: { questionId: item.id } })).toBe(before);
    expect(before).toBe(4);
  });
});

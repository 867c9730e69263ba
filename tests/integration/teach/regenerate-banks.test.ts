// Making the library's bank again after content/ changed, on a real database: a question the generator no longer
// makes is retired, not deleted, and keeps the answers given to it and every version it had; made again, it
// comes back under the same id.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../support/db";
import { loadCorpus } from "@/lib/facts";
import type { Corpus } from "@/lib/facts/corpus";
import { syncCorpus } from "@/lib/db/content-sync";
import { bankStore } from "@/lib/db/bank-store";
import { createAttempt } from "@/lib/db/attempts";
import { getQuestionVersions, loadServableBank, versionKey } from "@/lib/db/questions";
import { submitAnswer } from "@/lib/quiz/submit";
import type { Question } from "@/lib/questions/schema";
import { regenerateLibraryBank } from "@/lib/teach/regenerate-banks";
import { makeUser } from "./fixtures";

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

/** An answer to the question as it is stored now, through the learner's own path. */
async function answer(q: Question): Promise<string> {
  const userId = await makeUser(t.db, `learner-${randomUUID().slice(0, 8)}`, "LEARNER");
  const attemptId = await createAttempt(t.db, { userId, questionIds: [q.id], mode: "practice", config: {}, now });
  await submitAnswer(
    t.db,
    userId,
    {
      attemptId,
      questionId: q.id,
      idempotencyKey: randomUUID(),
      answer: { kind: "single-choice", choice: q.answers[0]! },
    },
    now,
  );
  return attemptId;
}

describe("regenerating the library's bank", () => {
  it("retires a question whose fact left content/, keeping its answers and versions, and brings it back", async () => {
    const bank = await loadServableBank(t.db);
    const q = bank.find((x) => x.kind === "single-choice" && x.factIds.length === 1);
    if (!q) throw new Error("no single-choice question on one fact");
    const attemptId = await answer(q);
    const response = await t.db.response.findFirstOrThrow({ where: { attemptId } });
    const versions = await t.db.questionVersion.findMany({
      where: { questionId: q.id },
      orderBy: { contentHash: "asc" },
    });
    expect(versions.map((v) => v.contentHash)).toContain(response.questionHash);

    const without = { ...corpus, facts: corpus.facts.filter((f) => !q.factIds.includes(f.id)) };
    const gone = await regenerateLibraryBank(bankStore(t.db), without);
    expect(gone.retired).toBeGreaterThan(0);
    expect(await t.db.question.findUniqueOrThrow({ where: { id: q.id }, select: { retired: true } })).toEqual({
      retired: true,
    });
    expect((await loadServableBank(t.db)).map((x) => x.id)).not.toContain(q.id);
    // The answer and the question as it was answered are still there.
    expect(await t.db.response.findUniqueOrThrow({ where: { id: response.id } })).toEqual(response);
    expect(
      await t.db.questionVersion.findMany({ where: { questionId: q.id }, orderBy: { contentHash: "asc" } }),
    ).toEqual(versions);
    const answered = await getQuestionVersions(t.db, [{ questionId: q.id, contentHash: response.questionHash! }]);
    expect(answered.get(versionKey(q.id, response.questionHash!))?.prompt).toBe(q.prompt);

    // The fact is back: the same question, under the same id, in service again; nothing is made twice.
    const back = await regenerateLibraryBank(bankStore(t.db), corpus);
    expect(back.created).toBe(0);
    expect(back.updated).toBeGreaterThanOrEqual(gone.retired);
    expect(await t.db.question.findUniqueOrThrow({ where: { id: q.id }, select: { retired: true } })).toEqual({
      retired: false,
    });
    expect(await t.db.questionVersion.count({ where: { questionId: q.id } })).toBe(versions.length);
    expect(await t.db.response.count({ where: { questionId: q.id } })).toBe(1);
  });
});

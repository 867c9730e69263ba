// The in-memory copies of question content and article titles that quiz pages
// and answers read: fresh at once on the server that changes them, and never
// shared between two databases in one process.
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../support/db";
import { loadCorpus } from "@/lib/facts";
import type { Corpus } from "@/lib/facts/corpus";
import { articleTitles } from "@/lib/db/article-titles";
import { syncCorpus } from "@/lib/db/content-sync";
import { getQuestionContent } from "@/lib/db/questions";
import { questionSchema } from "@/lib/questions/schema";
import { bankStore } from "@/lib/db/bank-store";
import { regenerateBanks, syncBank } from "@/lib/teach/regenerate-banks";

let a: TestDb;
let b: TestDb;
let corpus: Corpus;
beforeAll(async () => {
  [a, b] = await Promise.all([createTestDb(), createTestDb()]);
  corpus = await loadCorpus("content");
  await syncCorpus(a.db, corpus, { source: "content" });
  await regenerateBanks(bankStore(a.db), corpus);
});
afterAll(async () => {
  await Promise.all([a.cleanup(), b.cleanup()]);
});

it("a question rewritten in the bank is served rewritten at once", async () => {
  const bank = (await a.db.question.findMany({ orderBy: { id: "asc" } })).map((row) =>
    questionSchema.parse(JSON.parse(row.data)),
  );
  const target = bank[0];
  if (!target) throw new Error("the bank is empty");
  expect((await getQuestionContent(a.db, [target.id])).get(target.id)?.prompt).toBe(target.prompt);

  await syncBank(
    bankStore(a.db),
    null,
    bank.map((q) => (q.id === target.id ? { ...q, prompt: `${q.prompt} (reworded)` } : q)),
  );
  expect((await getQuestionContent(a.db, [target.id])).get(target.id)?.prompt).toBe(`${target.prompt} (reworded)`);
  // Another database in the same process has no such question, whatever the first one cached.
  expect((await getQuestionContent(b.db, [target.id])).size).toBe(0);
});

it("articles synced into a database show in its titles at once", async () => {
  expect(Object.keys(await articleTitles(a.db))).toHaveLength(corpus.articles.length);
  expect(await articleTitles(b.db)).toEqual({});
  await syncCorpus(b.db, corpus, { source: "content" });
  expect(await articleTitles(b.db)).toEqual(await articleTitles(a.db));
});

// Storing a few questions beside a bank (storeQuestions) versus making a bank exactly a list (syncQuestions):
// the first leaves the namespace's other questions served, the second retires them.
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../support/db";
import { loadCorpus } from "@/lib/facts";
import { syncCorpus } from "@/lib/db/content-sync";
import { storeQuestions, syncQuestions } from "@/lib/db/question-sync";
import { loadServableBank } from "@/lib/db/questions";
import { buildBank, type Question } from "@/lib/questions";

let t: TestDb;
let chosen: Question[];
let unchosen: Question;
beforeAll(async () => {
  t = await createTestDb();
  const corpus = await loadCorpus("content");
  await syncCorpus(t.db, corpus, { source: "content" });
  const bank = buildBank(corpus);
  chosen = bank.questions;
  const ids = new Set(chosen.map((q) => q.id));
  const draft = bank.candidates.find((q) => !ids.has(q.id));
  if (!draft) throw new Error("every draft was chosen: nothing to store beside the bank");
  unchosen = draft;
  await syncQuestions(t.db, chosen);
});
afterAll(async () => {
  await t.cleanup();
});

it("a question stored beside the library's bank is served with it, and the bank stays whole", async () => {
  const report = await storeQuestions(t.db, [unchosen]);
  expect(report).toEqual({ created: 1, updated: 0, unchanged: 0, retired: 0 });
  const served = await loadServableBank(t.db);
  expect(served.map((q) => q.id).sort()).toEqual([...chosen.map((q) => q.id), unchosen.id].sort());
  expect(served.find((q) => q.id === unchosen.id)).toMatchObject({ kind: unchosen.kind, answers: unchosen.answers });
  // Stored again unchanged, it writes nothing.
  expect(await storeQuestions(t.db, [unchosen])).toEqual({ created: 0, updated: 0, unchanged: 1, retired: 0 });
});

it("a sync to the chosen bank retires what was stored beside it", async () => {
  const report = await syncQuestions(t.db, chosen);
  expect(report).toEqual({ created: 0, updated: 0, unchanged: chosen.length, retired: 1 });
  expect((await loadServableBank(t.db)).map((q) => q.id)).not.toContain(unchosen.id);
});

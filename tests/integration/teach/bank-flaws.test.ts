// The flaws the set builder shows under each bank row: the item-writing lint run
// over the bank stored in a real database, against content/ and the teachers' facts.
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../support/db";
import { loadCorpus } from "@/lib/facts";
import { bankFlaws } from "@/lib/db/bank-flaws";
import { syncCorpus } from "@/lib/db/content-sync";
import { loadServableBank } from "@/lib/db/questions";
import { questionSchema } from "@/lib/questions/schema";
import { bankStore } from "@/lib/db/bank-store";
import { regenerateBanks, syncBank } from "@/lib/teach/regenerate-banks";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  const corpus = await loadCorpus("content");
  await syncCorpus(t.db, corpus, { source: "content" });
  await regenerateBanks(bankStore(t.db), corpus);
});
afterAll(async () => {
  await t.cleanup();
});

it("lints every servable question, and lints a reworded bank again", async () => {
  const bank = await loadServableBank(t.db);
  const flaws = await bankFlaws(t.db, bank);
  expect([...flaws.keys()].sort()).toEqual(bank.map((q) => q.id).sort());

  // A prompt rewritten into machine English is flagged once the bank holds it.
  const target = bank.find(
    (q) => q.kind === "single-choice" && !(flaws.get(q.id) ?? []).some((f) => f.code === "machine-template"),
  );
  if (!target) throw new Error("no single-choice question without a machine template");
  const stored = (await t.db.question.findMany({ orderBy: { id: "asc" } })).map((row) =>
    questionSchema.parse(JSON.parse(row.data)),
  );
  await syncBank(
    bankStore(t.db),
    null,
    stored.map((q) => (q.id === target.id ? { ...q, prompt: `When did this happen: ${q.prompt}` } : q)),
  );
  const again = await bankFlaws(t.db, await loadServableBank(t.db));
  expect(again.get(target.id)?.map((f) => f.code)).toContain("machine-template");
});

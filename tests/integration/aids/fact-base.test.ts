import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../support/db";
import { loadCorpus } from "@/lib/facts";
import { syncCorpus } from "@/lib/db/content-sync";
import { loadFactBase, questionCountsByFact, questionsOnFact } from "@/lib/db/facts";
import { generateBank } from "@/lib/questions";
import { buildSides, buildTimeline } from "@/lib/aids";
import type { Corpus } from "@/lib/facts/corpus";
import { bankStore } from "@/lib/db/bank-store";
import { syncBank } from "@/lib/teach/regenerate-banks";

let t: TestDb;
let corpus: Corpus;
beforeAll(async () => {
  t = await createTestDb();
  corpus = await loadCorpus("content");
  await syncCorpus(t.db, corpus, { source: "content" });
  await syncBank(bankStore(t.db), null, generateBank(corpus));
});
afterAll(async () => {
  await t.cleanup();
});

describe("loadFactBase", () => {
  it("reads every reviewed fact back as the typed fact it was written as", async () => {
    const { facts, entities } = await loadFactBase(t.db);
    expect(facts).toHaveLength(corpus.facts.length);
    const written = corpus.facts.find((f) => f.id === "sochi-talks-2018");
    expect(facts.find((f) => f.fact.id === "sochi-talks-2018")?.fact).toEqual(written);
    expect(entities.find((e) => e.id === "vladimir-putin")?.name).toBe("Vladimir Putin");
  });

  it("gives each quote its article's title and passage, in the order the fact lists them", async () => {
    const { facts } = await loadFactBase(t.db, { kinds: ["meeting"] });
    const sochi = facts.find((f) => f.fact.id === "sochi-talks-2018");
    const listed = corpus.facts.find((f) => f.id === "sochi-talks-2018")?.evidence ?? [];
    expect(sochi?.evidence.map((e) => [e.article, e.passage, e.quote])).toEqual(
      listed.map((e) => [e.article, e.passage, e.quote]),
    );
    const titles = new Map(corpus.articles.map((a) => [a.slug, a.title]));
    for (const e of sochi?.evidence ?? []) expect(e.articleTitle).toBe(titles.get(e.article));
    expect(new Set(facts.map((f) => f.fact.kind))).toEqual(new Set(["meeting"]));
  });

  it("shows the library's reviewed facts only: never proposed, rejected, retired or a teacher's own", async () => {
    await t.db.fact.update({ where: { id: "turkey-backs-rebels" }, data: { status: "proposed" } });
    await t.db.fact.update({ where: { id: "iran-gave-assad-crucial-support" }, data: { status: "rejected" } });
    await t.db.fact.update({ where: { id: "russia-gave-assad-crucial-support" }, data: { status: "retired" } });
    const owned = (await loadFactBase(t.db, { kinds: ["backing"] })).facts.find(
      (f) =>
        !["turkey-backs-rebels", "iran-gave-assad-crucial-support", "russia-gave-assad-crucial-support"].includes(
          f.fact.id,
        ),
    );
    if (!owned) throw new Error("no other backing fact");
    await t.db.fact.update({ where: { id: owned.fact.id }, data: { ownerId: "some-teacher" } });
    try {
      const { facts } = await loadFactBase(t.db, { kinds: ["backing"] });
      expect(facts.map((f) => f.fact.id)).not.toContain("turkey-backs-rebels");
      expect(facts.map((f) => f.fact.id)).not.toContain(owned.fact.id);
      expect(facts.length).toBeGreaterThan(0);
      expect(facts.map((f) => f.fact.id)).not.toContain("iran-gave-assad-crucial-support");
      expect(facts.map((f) => f.fact.id)).not.toContain("russia-gave-assad-crucial-support");
    } finally {
      await t.db.fact.update({ where: { id: "turkey-backs-rebels" }, data: { status: "reviewed" } });
      await t.db.fact.update({ where: { id: "iran-gave-assad-crucial-support" }, data: { status: "reviewed" } });
      await t.db.fact.update({ where: { id: "russia-gave-assad-crucial-support" }, data: { status: "reviewed" } });
      await t.db.fact.update({ where: { id: owned.fact.id }, data: { ownerId: null } });
    }
  });
});

describe("the aids on the shipped corpus", () => {
  it("puts the planned Kremlin meeting last and the month-only calls under their month", async () => {
    const base = await loadFactBase(t.db, { kinds: ["meeting", "event"] });
    const { dates } = buildTimeline(base.facts, base.entities);
    const last = dates[dates.length - 1];
    expect(last?.date.label).toBe("5 March 2020");
    expect(last?.entries[0]).toMatchObject({
      factId: "moscow-kremlin-meeting-2020",
      planned: true,
      place: "the Kremlin, Moscow",
    });
    const february = dates.find((d) => d.date.label === "February 2020");
    expect(february?.entries.map((e) => e.factId)).toContain("putin-erdogan-phone-calls-february-2020");
  });

  it("finds the two sides from the backing facts", async () => {
    const base = await loadFactBase(t.db, { kinds: ["backing"] });
    const sides = buildSides(base.facts, base.entities);
    expect(sides.map((s) => s.name)).toEqual(["Syrian government and Bashar al-Assad", "Syrian rebels"]);
    expect(sides[0]?.groups[0]?.backers.map((b) => b.name)).toEqual(["Iran", "Russia"]);
  });
});

describe("questions on a fact", () => {
  it("counts and lists the servable questions made from a fact, not hidden or retired ones", async () => {
    // The fact the bank asks most ways (the bank keeps one to three items per fact).
    const counts = await questionCountsByFact(t.db);
    const [fact = ""] = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? [];
    const before = await questionsOnFact(t.db, fact);
    expect(before.length).toBeGreaterThan(1);
    expect(counts.get(fact)).toBe(before.length);
    const [hidden, retired] = before;
    await t.db.question.update({ where: { id: hidden?.id ?? "" }, data: { hidden: true } });
    await t.db.question.update({ where: { id: retired?.id ?? "" }, data: { retired: true } });
    const after = await questionsOnFact(t.db, fact);
    expect(after.map((q) => q.id)).not.toContain(hidden?.id);
    expect(after.map((q) => q.id)).not.toContain(retired?.id);
    expect((await questionCountsByFact(t.db)).get(fact) ?? 0).toBe(before.length - 2);
  });

  it("knows how many facts each question is about, and finds none for an unknown fact", async () => {
    const counts = await questionCountsByFact(t.db);
    const all = await Promise.all([...counts.keys()].map((id) => questionsOnFact(t.db, id)));
    expect(all.flat().some((q) => q.factCount === 1)).toBe(true);
    expect(all.flat().some((q) => q.factCount > 1)).toBe(true);
    expect(await questionsOnFact(t.db, "no-such-fact")).toEqual([]);
  });
});

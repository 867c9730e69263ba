import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "@/lib/facts";
import { buildBank } from "@/lib/questions";
import { syncCorpus } from "@/lib/db/content-sync";
import { libraryStore } from "@/lib/db/library";
import { syncLibrary } from "@/lib/teach/sync-library";
import { createAttempt } from "@/lib/db/attempts";
import type { Corpus } from "@/lib/facts/corpus";
import { createTestDb, type TestDb } from "../support/db";

let t: TestDb;
let corpus: Corpus;

async function counts() {
  const [articles, passages, facts, evidence, questions] = await Promise.all([
    t.db.article.count(),
    t.db.passage.count(),
    t.db.fact.count(),
    t.db.evidence.count(),
    t.db.question.count({ where: { retired: false } }),
  ]);
  return { articles, passages, facts, evidence, questions };
}

beforeAll(async () => {
  t = await createTestDb();
  corpus = await loadCorpus("content");
});
afterAll(async () => {
  await t.cleanup();
});

describe("content:sync", () => {
  it("loads every article, passage, fact and quote, with offsets that point at the quote", async () => {
    await syncLibrary(libraryStore(t.db), "content");
    const c = await counts();
    expect(c.articles).toBe(corpus.articles.length);
    expect(c.passages).toBe(corpus.articles.reduce((n, a) => n + a.passages.length, 0));
    expect(c.facts).toBe(corpus.facts.length);
    expect(c.evidence).toBe(corpus.facts.reduce((n, f) => n + f.evidence.length, 0));
    // The chosen bank, every item of it (the bank keeps one to three per fact, and none it rejects).
    expect(c.questions).toBe(buildBank(corpus).questions.length);
    const rows = await t.db.evidence.findMany({ include: { passage: true } });
    for (const e of rows) expect(e.passage.text.slice(e.start, e.end)).toBe(e.quote);
  });

  it("changes nothing when run twice", async () => {
    const before = await counts();
    const stamps = await t.db.fact.findMany({ select: { id: true, updatedAt: true }, orderBy: { id: "asc" } });
    const summary = await syncLibrary(libraryStore(t.db), "content");
    expect(summary).toContain(`articles: 0 new, 0 updated, ${corpus.articles.length} unchanged`);
    expect(summary).toContain(`facts: 0 new, 0 updated, ${corpus.facts.length} unchanged`);
    expect(summary).toMatch(/questions: 0 new, 0 updated, \d+ unchanged$/);
    expect(await counts()).toEqual(before);
    expect(await t.db.fact.findMany({ select: { id: true, updatedAt: true }, orderBy: { id: "asc" } })).toEqual(stamps);
  });

  it("updates only what an edit touched, and keeps learners' answers on unchanged questions", async () => {
    const learner = await t.db.user.create({ data: { id: "sync-learner", name: "L", email: "sync-learner@example.com" } });
    const question = await t.db.question.findFirstOrThrow({ where: { retired: false } });
    const attemptId = await createAttempt(t.db, { userId: learner.id, questionIds: [question.id], mode: "practice", config: {}, now: new Date("2026-01-01T00:00:00Z") });
    await t.db.response.create({
      data: { attemptId, questionId: question.id, idempotencyKey: "00000000-0000-4000-8000-000000000001", answer: "{}", correct: true, score: 1 },
    });

    // Edit one passage that no fact cites: only that article is rewritten, no fact is.
    const cited = new Set(corpus.facts.flatMap((f) => f.evidence.map((e) => `${e.article}#${e.passage}`)));
    const target = corpus.articles.find((a) => a.passages.some((p) => !cited.has(`${a.slug}#${p.id}`)))!;
    const uncited = target.passages.find((p) => !cited.has(`${target.slug}#${p.id}`))!;
    const edited: Corpus = {
      ...corpus,
      articles: corpus.articles.map((a) =>
        a.slug === target.slug ? { ...a, passages: a.passages.map((p) => (p.id === uncited.id ? { ...p, text: `${p.text} (edited)` } : p)) } : a,
      ),
    };
    const report = await syncCorpus(t.db, edited, { source: "content" });
    expect(report.articles).toMatchObject({ created: 0, updated: 1, unchanged: corpus.articles.length - 1 });
    expect(report.facts).toMatchObject({ created: 0, updated: 0, retired: 0 });
    const passage = await t.db.passage.findFirstOrThrow({ where: { key: uncited.id, article: { slug: target.slug } } });
    expect(passage.text.endsWith("(edited)")).toBe(true);
    expect(await t.db.response.count({ where: { attemptId } })).toBe(1);
  });

  it("retires a fact that left content/ instead of deleting it", async () => {
    const [gone, ...rest] = corpus.facts;
    const report = await syncCorpus(t.db, { ...corpus, facts: rest }, { source: "content" });
    expect(report.facts.retired).toBe(1);
    expect((await t.db.fact.findUniqueOrThrow({ where: { id: gone!.id } })).status).toBe("retired");
  });

  it("refuses a fact whose quote is not in its passage and writes nothing for it", async () => {
    const [first, ...rest] = corpus.facts;
    const broken = { ...first!, id: "broken-fact", evidence: [{ ...first!.evidence[0]!, quote: "words the article never says" }] };
    await expect(syncCorpus(t.db, { ...corpus, facts: [...rest, broken] }, { source: "content" })).rejects.toThrow(/never says|not found|quote/i);
    expect(await t.db.fact.findUnique({ where: { id: "broken-fact" } })).toBeNull();
  });
});

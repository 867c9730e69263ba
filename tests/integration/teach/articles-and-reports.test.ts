import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../support/db";
import { loadCorpus } from "@/lib/facts";
import { syncCorpus } from "@/lib/db/content-sync";
import { factForEdit, getOwnTeacherArticle, teacherArticleStore, teacherArticles } from "@/lib/db/teach-articles";
import { importArticle, teacherImports } from "@/lib/teach/import-article";
import { saveFactEdit, setFactStatus } from "@/lib/teach/review-facts";
import { loadTeacherCorpus } from "@/lib/db/teacher-corpus";
import { loadServableBank, loadTeacherBank } from "@/lib/db/questions";
import { createReport } from "@/lib/db/reports";
import { hiddenQuestions, hideQuestion, openReports, resolveReport, unhideQuestion } from "@/lib/db/teach-reports";
import { addQuestionToSet, createSet } from "@/lib/db/teach-sets";
import { NotFoundError } from "@/lib/domain/errors";
import { applyFactEdit } from "@/lib/teach";
import { makeUser, snapshot } from "./fixtures";
import { pastedTehranArticle } from "../../fixtures/pasted-article";
import { bankStore } from "@/lib/db/bank-store";
import { regenerateBanks } from "@/lib/teach/regenerate-banks";

let t: TestDb;
const article = pastedTehranArticle;

beforeAll(async () => {
  t = await createTestDb();
  await syncCorpus(t.db, await loadCorpus("content"), { source: "content" });
  await regenerateBanks(bankStore(t.db));
  await makeUser(t.db, "rivera", "TEACHER");
  await makeUser(t.db, "okafor", "TEACHER");
  await makeUser(t.db, "ada", "LEARNER");
});
afterAll(async () => {
  await t.cleanup();
});

describe("teacher articles", () => {
  let slug = "";

  it("are stored with their owner and the facts the extractor proposes, none of them in the bank yet", async () => {
    const bankBefore = (await loadServableBank(t.db)).length;
    const result = await importArticle(teacherImports(teacherArticleStore(t.db), "rivera"), article);
    slug = result.slug;
    expect(slug).toBe("iran-backs-assad-as-astana-partners-meet-in-tehran");
    expect(result.proposed).toBeGreaterThan(0);
    const stored = await t.db.article.findUniqueOrThrow({ where: { slug }, include: { passages: true } });
    expect(stored.ownerId).toBe("rivera");
    expect(stored.passages).toHaveLength(3);
    const { facts } = await getOwnTeacherArticle(t.db, "rivera", slug);
    expect(facts.every((f) => f.status === "proposed")).toBe(true);
    expect(facts.map((f) => f.fact.kind)).toContain("backing");
    expect((await loadServableBank(t.db)).length).toBe(bankBefore);
    expect((await teacherArticles(t.db, "rivera"))[0]).toMatchObject({ slug, proposed: result.proposed });
  });

  it("get fresh slugs and fact ids when the same text is imported again", async () => {
    const again = await importArticle(teacherImports(teacherArticleStore(t.db), "rivera"), article);
    expect(again.slug).toBe(`${slug}-2`);
    const first = (await getOwnTeacherArticle(t.db, "rivera", slug)).facts.map((f) => f.fact.id);
    const second = (await getOwnTeacherArticle(t.db, "rivera", again.slug)).facts.map((f) => f.fact.id);
    expect(second.filter((id) => first.includes(id))).toEqual([]);
  });

  it("are another teacher's to review: not found, nothing written", async () => {
    const { facts } = await getOwnTeacherArticle(t.db, "rivera", slug);
    const factId = facts[0]?.fact.id ?? "";
    const before = await snapshot(t.db);
    await expect(getOwnTeacherArticle(t.db, "okafor", slug)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      setFactStatus(teacherArticleStore(t.db), { ownerId: "okafor", slug, factId, status: "reviewed" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(factForEdit(t.db, { ownerId: "okafor", slug, factId })).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("put an approved fact's questions into the teacher's own bank at once, never the library's; rejecting takes them out", async () => {
    const { facts } = await getOwnTeacherArticle(t.db, "rivera", slug);
    const backing = facts.find((f) => f.fact.kind === "backing");
    if (!backing) throw new Error("no backing fact proposed");
    const library = async () =>
      await t.db.question.findMany({
        where: { ownerId: null },
        orderBy: { id: "asc" },
        select: { id: true, data: true, retired: true },
      });
    const libraryBefore = await library();
    expect(
      await setFactStatus(teacherArticleStore(t.db), {
        ownerId: "rivera",
        slug,
        factId: backing.fact.id,
        status: "reviewed",
      }),
    ).toEqual({ regenerated: true });
    const fromFact = (await loadTeacherBank(t.db, "rivera")).filter((q) => q.factIds.includes(backing.fact.id));
    expect(fromFact.length).toBeGreaterThan(0);
    expect(fromFact.every((q) => q.ownerId === "rivera")).toBe(true);
    expect(fromFact.some((q) => q.articles.includes(slug))).toBe(true);
    expect((await loadTeacherBank(t.db, "okafor")).filter((q) => q.factIds.includes(backing.fact.id))).toEqual([]);
    expect((await loadServableBank(t.db)).filter((q) => q.factIds.includes(backing.fact.id))).toEqual([]);
    expect(await library()).toEqual(libraryBefore);
    expect((await loadTeacherCorpus(t.db, { statuses: ["reviewed"] })).facts.map((f) => f.id)).toEqual([
      backing.fact.id,
    ]);

    await setFactStatus(teacherArticleStore(t.db), {
      ownerId: "rivera",
      slug,
      factId: backing.fact.id,
      status: "rejected",
    });
    expect((await loadTeacherBank(t.db, "rivera")).filter((q) => q.factIds.includes(backing.fact.id))).toEqual([]);
    expect(await library()).toEqual(libraryBefore);
  });

  it("accept an edit only while every quote is still word for word in its passage", async () => {
    const { facts } = await getOwnTeacherArticle(t.db, "rivera", slug);
    const target = facts.find((f) => f.status === "proposed");
    if (!target) throw new Error("no proposed fact left");
    const {
      article: stored,
      fact,
      entityIds,
    } = await factForEdit(t.db, { ownerId: "rivera", slug, factId: target.fact.id });
    const bad = applyFactEdit(
      fact,
      { statement: "Edited.", "quote.0": "words the article never says" },
      { articles: [stored], entityIds },
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.fieldErrors)).toContain("quote.0");

    const quote = fact.evidence[0]?.quote ?? "";
    const shorter = quote.slice(0, Math.floor(quote.length / 2));
    const values = Object.fromEntries(
      Object.entries({ ...fact } as Record<string, unknown>).map(([k, v]) => [
        k,
        typeof v === "string" ? v : Array.isArray(v) ? v.join(", ") : "",
      ]),
    );
    const good = applyFactEdit(
      fact,
      { ...values, statement: "An edited statement.", "quote.0": shorter, ...dateFields(fact) },
      { articles: [stored], entityIds },
    );
    expect(good.ok).toBe(true);
    if (!good.ok) return;
    await saveFactEdit(teacherArticleStore(t.db), { ownerId: "rivera", slug, fact: good.fact });
    const row = await t.db.fact.findUniqueOrThrow({ where: { id: fact.id }, include: { evidence: true } });
    expect(row.statement).toBe("An edited statement.");
    expect(row.status).toBe("proposed");
    expect(row.evidence[0]?.quote).toBe(shorter);
  });
});

function dateFields(fact: { kind: string } & Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of ["date", "deadline", "asOf"]) {
    const d = fact[key] as { on: string; precision: string } | undefined;
    if (d) out[key] = d.precision === "year" ? d.on.slice(0, 4) : d.precision === "month" ? d.on.slice(0, 7) : d.on;
  }
  if (fact.planned === true) out.planned = "on";
  return out;
}

describe("reported questions", () => {
  const rivera = { id: "rivera", maintainer: false };
  const okafor = { id: "okafor", maintainer: false };
  const maintainer = { id: "mx", maintainer: true };

  it("go to the teachers whose sets hold the question, and all to maintainers; hiding is the teacher's own and undoable", async () => {
    await makeUser(t.db, "mx", "TEACHER");
    const [q1, q2] = (await loadServableBank(t.db)).slice(0, 2);
    if (!q1 || !q2) throw new Error("bank too small");
    const setId = await createSet(t.db, { teacherId: "okafor", title: "Theirs" });
    await addQuestionToSet(t.db, { teacherId: "okafor", setId, questionId: q2.id });
    await createReport(t.db, {
      questionId: q1.id,
      userId: "ada",
      message: "Two answers look right",
      now: new Date("2026-03-01T10:00:00Z"),
    });
    await createReport(t.db, {
      questionId: q2.id,
      userId: "ada",
      message: "Typo",
      now: new Date("2026-03-01T09:00:00Z"),
    });

    expect((await openReports(t.db, okafor)).map((r) => [r.question.id, r.inYourSets, r.reporterName])).toEqual([
      [q2.id, true, "A learner outside your classes"],
    ]);
    expect(await openReports(t.db, rivera)).toEqual([]);
    expect((await openReports(t.db, maintainer)).map((r) => r.question.id)).toEqual([q1.id, q2.id]);

    // Rivera may not resolve a report that is not routed to them: not found, nothing written.
    const [theirs] = await openReports(t.db, okafor);
    if (!theirs) throw new Error("no report");
    const before = await snapshot(t.db);
    await expect(resolveReport(t.db, rivera, theirs.id, new Date())).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      hideQuestion(t.db, { curator: rivera, questionId: q2.id, reportId: theirs.id, now: new Date() }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot(t.db)).toEqual(before);

    await hideQuestion(t.db, {
      curator: okafor,
      questionId: theirs.question.id,
      reportId: theirs.id,
      now: new Date("2026-03-02T00:00:00Z"),
    });
    expect((await t.db.question.findUniqueOrThrow({ where: { id: theirs.question.id } })).hidden).toBe(false);
    expect((await loadTeacherBank(t.db, "okafor")).some((q) => q.id === theirs.question.id)).toBe(false);
    expect((await loadTeacherBank(t.db, "rivera")).some((q) => q.id === theirs.question.id)).toBe(true);
    expect((await loadServableBank(t.db)).some((q) => q.id === theirs.question.id)).toBe(true);
    expect((await hiddenQuestions(t.db, okafor)).map((h) => [h.question.id, h.forEveryone])).toEqual([
      [theirs.question.id, false],
    ]);
    await unhideQuestion(t.db, { curator: okafor, questionId: theirs.question.id });
    expect((await loadTeacherBank(t.db, "okafor")).some((q) => q.id === theirs.question.id)).toBe(true);

    // A maintainer hides a library question for everyone, and can undo it.
    const [other] = await openReports(t.db, maintainer);
    if (!other) throw new Error("no report");
    expect(
      await hideQuestion(t.db, {
        curator: maintainer,
        questionId: other.question.id,
        reportId: other.id,
        now: new Date(),
      }),
    ).toEqual({ forEveryone: true });
    expect((await loadServableBank(t.db)).some((q) => q.id === other.question.id)).toBe(false);
    await unhideQuestion(t.db, { curator: maintainer, questionId: other.question.id });
    expect((await loadServableBank(t.db)).some((q) => q.id === other.question.id)).toBe(true);
    await hideQuestion(t.db, { curator: maintainer, questionId: other.question.id, now: new Date() });

    for (const r of await openReports(t.db, maintainer))
      await resolveReport(t.db, maintainer, r.id, new Date("2026-03-02T00:00:00Z"));
    expect(await openReports(t.db, maintainer)).toEqual([]);
    await expect(resolveReport(t.db, maintainer, "no-such-report", new Date())).rejects.toBeInstanceOf(NotFoundError);
  });

  it("keep a maintainer's hidden choice through a bank regeneration", async () => {
    const hidden = await t.db.question.findFirstOrThrow({ where: { hidden: true } });
    await regenerateBanks(bankStore(t.db));
    expect((await t.db.question.findUniqueOrThrow({ where: { id: hidden.id } })).hidden).toBe(true);
  });
});

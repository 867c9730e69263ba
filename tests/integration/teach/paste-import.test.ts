// A pasted article is read in a separate process with a time and memory limit:
// the teacher's title wins over page furniture at the top of the text, a long
// paste is processed or refused with a clear message (never a 500), and a job
// that fails, runs out of time or finds the importer busy writes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../support/db";
import { benchText } from "@/bench/extract-text";
import { getOwnTeacherArticle, teacherArticleStore } from "@/lib/db/teach-articles";
import { importArticle, teacherImports } from "@/lib/teach/import-article";
import { DomainError } from "@/lib/domain/errors";
import { importArticleSchema } from "@/lib/teach";
import { BUSY_MESSAGE, EXTRACT_LIMITS } from "@/lib/teach/extract-job";
import { makeUser } from "./fixtures";
import { pastedTehranArticle } from "../../fixtures/pasted-article";

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  await makeUser(t.db, "rivera", "TEACHER");
});
afterAll(async () => {
  await t.cleanup();
});

const written = async () => ({
  articles: await t.db.article.count(),
  facts: await t.db.fact.count(),
  entities: await t.db.entity.count(),
});

describe("importing a pasted article", () => {
  it("keeps the teacher's title and drops navigation, a byline and the text's own headline", async () => {
    const text = `All news\n\nTehran summit ends without Idlib deal\n\nBy Jane Doe\n\n${pastedTehranArticle.text}\n\nShare this article\n\nBack to Main page`;
    const { slug } = await importArticle(teacherImports(teacherArticleStore(t.db), "rivera"), {
      ...pastedTehranArticle,
      text,
    });
    const { article } = await getOwnTeacherArticle(t.db, "rivera", slug);
    expect(article.title).toBe(pastedTehranArticle.title);
    const body = article.passages.map((p) => p.text).join("\n");
    for (const line of [
      "All news",
      "Tehran summit ends without Idlib deal",
      "By Jane Doe",
      "Share this article",
      "Back to Main page",
    ]) {
      expect(body).not.toContain(line);
    }
    expect(body).toContain("Iran and Russia are the key allies");
  });

  it("processes a paste of the form's full length (100,000 characters) or refuses it with a clear message, writing nothing then", async () => {
    const text = benchText("repeated-dates", 100_000).join("\n\n").slice(0, 100_000);
    const input = importArticleSchema.parse({
      title: "Talks resume in Geneva",
      outlet: "Test Wire",
      publishedOn: "2020-03-09",
      text,
    });
    expect(input.text.length).toBeGreaterThan(99_000);
    const before = await written();
    const outcome = await importArticle(teacherImports(teacherArticleStore(t.db), "rivera"), input).then(
      (r) => ({ ok: true as const, slug: r.slug }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    if (outcome.ok) {
      const { article } = await getOwnTeacherArticle(t.db, "rivera", outcome.slug);
      expect(article.passages.map((p) => p.text).join("\n\n").length).toBeGreaterThan(99_000);
    } else {
      expect(outcome.error).toBeInstanceOf(DomainError);
      expect((outcome.error as DomainError).message).toMatch(/nothing was saved/i);
      expect(await written()).toEqual(before);
    }
  });

  it("stops a job that runs out of time with a clear message and writes nothing", async () => {
    const before = await written();
    const error = await importArticle(teacherImports(teacherArticleStore(t.db), "rivera"), pastedTehranArticle, {
      limits: { ...EXTRACT_LIMITS, timeMs: 1 },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).message).toMatch(/took longer than the 1 ms allowed.*nothing was saved/i);
    expect(await written()).toEqual(before);
  });

  it("tells a teacher to come back later when the importer is busy, and writes nothing for them", async () => {
    const before = await t.db.article.count();
    const first = importArticle(teacherImports(teacherArticleStore(t.db), "rivera"), pastedTehranArticle);
    const refused = await importArticle(teacherImports(teacherArticleStore(t.db), "rivera"), pastedTehranArticle, {
      limits: { ...EXTRACT_LIMITS, concurrency: 1, queue: 0 },
    }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).message).toBe(BUSY_MESSAGE);
    await first;
    // Only the first one's article was stored.
    expect(await t.db.article.count()).toBe(before + 1);
  });
});

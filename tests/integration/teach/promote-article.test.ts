// A maintainer promotes a teacher's article (lib/teach/promote-article.ts): only what the teacher reviewed
// enters the library, the library's bank gains its questions at once, and nothing but a teacher's article
// can be promoted.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../support/db";
import { libraryStore } from "@/lib/db/library";
import { getOwnTeacherArticle, teacherArticleStore } from "@/lib/db/teach-articles";
import { loadServableBank } from "@/lib/db/questions";
import { NotFoundError } from "@/lib/domain/errors";
import { importArticle, teacherImports } from "@/lib/teach/import-article";
import { promoteArticle } from "@/lib/teach/promote-article";
import { setFactStatus } from "@/lib/teach/review-facts";
import { syncLibrary } from "@/lib/teach/sync-library";
import { makeUser, snapshot } from "./fixtures";
import { pastedTehranArticle } from "../../fixtures/pasted-article";

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  await syncLibrary(libraryStore(t.db), "content");
  await makeUser(t.db, "rivera", "TEACHER");
});
afterAll(async () => {
  await t.cleanup();
});

describe("promoting a teacher's article", () => {
  it("refuses an article that is the library's own or does not exist, writing nothing", async () => {
    const before = await snapshot(t.db);
    const own = await t.db.article.findFirstOrThrow({ where: { ownerId: null }, select: { slug: true } });
    await expect(promoteArticle(libraryStore(t.db), own.slug)).rejects.toBeInstanceOf(NotFoundError);
    await expect(promoteArticle(libraryStore(t.db), "no-such-article")).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("moves the reviewed facts into the library and its bank; proposed ones stay the teacher's", async () => {
    const { slug } = await importArticle(teacherImports(teacherArticleStore(t.db), "rivera"), pastedTehranArticle);
    const { facts } = await getOwnTeacherArticle(t.db, "rivera", slug);
    const backing = facts.find((f) => f.fact.kind === "backing");
    if (!backing) throw new Error("no backing fact proposed");
    await setFactStatus(teacherArticleStore(t.db), {
      ownerId: "rivera",
      slug,
      factId: backing.fact.id,
      status: "reviewed",
    });
    const inLibraryBank = async () =>
      (await loadServableBank(t.db)).filter((q) => q.factIds.includes(backing.fact.id)).length;
    expect(await inLibraryBank()).toBe(0);

    expect(await promoteArticle(libraryStore(t.db), slug)).toEqual({ facts: 1 });
    expect((await t.db.article.findUniqueOrThrow({ where: { slug } })).library).toBe(true);
    const after = (await getOwnTeacherArticle(t.db, "rivera", slug)).facts;
    expect(after.filter((f) => f.inLibrary).map((f) => f.fact.id)).toEqual([backing.fact.id]);
    expect(after.filter((f) => !f.inLibrary).every((f) => f.status === "proposed")).toBe(true);
    expect(await inLibraryBank()).toBeGreaterThan(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../support/db";
import { loadCorpus } from "@/lib/facts";
import { syncCorpus } from "@/lib/db/content-sync";
import { getOwnTeacherArticle, teacherArticleStore } from "@/lib/db/teach-articles";
import { factFormContext, reviewedArticleQuestionIds } from "@/lib/db/teach-fact-review";
import { importArticle, teacherImports } from "@/lib/teach/import-article";
import { addFact, approveFacts, saveFactEdit } from "@/lib/teach/review-facts";
import { loadServableBank, loadTeacherBank } from "@/lib/db/questions";
import { NotFoundError } from "@/lib/domain/errors";
import { applyFactEdit, newFactDraft, resolveEntityNames } from "@/lib/teach";
import { makeUser, snapshot } from "./fixtures";
import { wireNuclearArticle } from "../../fixtures/wire-nuclear-article";
import { bankStore } from "@/lib/db/bank-store";
import { regenerateBanks } from "@/lib/teach/regenerate-banks";

let t: TestDb;
let slug = "";
const QUOTE = "Iran must cut its stockpile of enriched uranium by 98 percent";

beforeAll(async () => {
  t = await createTestDb();
  await syncCorpus(t.db, await loadCorpus("content"), { source: "content" });
  await regenerateBanks(bankStore(t.db));
  await makeUser(t.db, "rivera", "TEACHER");
  await makeUser(t.db, "okafor", "TEACHER");
  slug = (await importArticle(teacherImports(teacherArticleStore(t.db), "rivera"), wireNuclearArticle)).slug;
});
afterAll(async () => {
  await t.cleanup();
});

/** The fact a teacher builds from a selection, through the same steps as the action. */
async function buildFact(form: Record<string, string>) {
  const { article, entities } = await factFormContext(t.db, { ownerId: "rivera", slug });
  const resolved = resolveEntityNames("deal-term", form, entities);
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.fieldErrors));
  const draft = newFactDraft(
    "deal-term",
    { article: slug, passage: "p3", quote: QUOTE },
    "proposed",
    form.statement ?? "",
  );
  const built = applyFactEdit(
    draft,
    { ...resolved.form, "quote.0": QUOTE },
    { articles: [article], entityIds: new Set([...entities, ...resolved.newEntities].map((e) => e.id)) },
  );
  if (!built.ok) throw new Error(JSON.stringify(built.fieldErrors));
  return { fact: built.fact, newEntities: resolved.newEntities };
}

const FORM = {
  statement: "The Vienna nuclear accord requires Iran to cut its stockpile of enriched uranium by 98 percent.",
  agreement: "Vienna nuclear accord",
  "agreement.newType": "agreement",
  requires: "cut its stockpile of enriched uranium by 98 percent",
  "parties.0": "Iran",
};

describe("a fact the teacher adds to their article", () => {
  it("is stored with a new entity and waits for review; approving many makes questions from the article", async () => {
    const { fact, newEntities } = await buildFact(FORM);
    const { factId } = await addFact(teacherArticleStore(t.db), { ownerId: "rivera", slug, fact, newEntities });
    const entity = await t.db.entity.findUniqueOrThrow({ where: { id: "vienna-nuclear-accord" } });
    expect(entity).toMatchObject({ type: "agreement", name: "Vienna nuclear accord", source: "teacher" });
    const { facts } = await getOwnTeacherArticle(t.db, "rivera", slug);
    expect(facts.find((f) => f.fact.id === factId)).toMatchObject({
      status: "proposed",
      fact: { agreement: "vienna-nuclear-accord", parties: ["iran"], evidence: [{ quote: QUOTE }] },
    });
    expect(await reviewedArticleQuestionIds(t.db, { ownerId: "rivera", slug })).toEqual([]);

    const proposed = facts.filter((f) => f.status === "proposed").map((f) => f.fact.id);
    expect(await approveFacts(teacherArticleStore(t.db), { ownerId: "rivera", slug, factIds: proposed })).toEqual({
      approved: proposed.length,
    });
    expect((await getOwnTeacherArticle(t.db, "rivera", slug)).facts.every((f) => f.status === "reviewed")).toBe(true);
    const ids = await reviewedArticleQuestionIds(t.db, { ownerId: "rivera", slug });
    expect(ids.length).toBeGreaterThan(0);
    // In the teacher's own bank, never the library's.
    expect((await loadTeacherBank(t.db, "rivera")).filter((q) => q.factIds.includes(factId)).length).toBeGreaterThan(0);
    expect((await loadServableBank(t.db)).filter((q) => q.factIds.includes(factId))).toEqual([]);
    // Approving again changes nothing.
    expect(await approveFacts(teacherArticleStore(t.db), { ownerId: "rivera", slug, factIds: proposed })).toEqual({
      approved: 0,
    });
  });

  it("gets an id of its own when the same fact is added twice", async () => {
    const { fact, newEntities } = await buildFact(FORM);
    const { factId } = await addFact(teacherArticleStore(t.db), {
      ownerId: "rivera",
      slug,
      fact: { ...fact, status: "proposed" },
      newEntities,
    });
    expect(factId).toBe(`${fact.id}-2`);
  });

  it("is another teacher's to add, edit or approve: not found, nothing written", async () => {
    const { fact, newEntities } = await buildFact({ ...FORM, agreement: "Another accord" });
    const before = await snapshot(t.db);
    const entitiesBefore = await t.db.entity.count();
    await expect(
      addFact(teacherArticleStore(t.db), { ownerId: "okafor", slug, fact, newEntities }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      saveFactEdit(teacherArticleStore(t.db), { ownerId: "okafor", slug, fact, newEntities }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      approveFacts(teacherArticleStore(t.db), { ownerId: "okafor", slug, factIds: [fact.id] }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(reviewedArticleQuestionIds(t.db, { ownerId: "okafor", slug })).rejects.toBeInstanceOf(NotFoundError);
    // An id that is not this article's refuses the whole batch.
    const { facts } = await getOwnTeacherArticle(t.db, "rivera", slug);
    await expect(
      approveFacts(teacherArticleStore(t.db), {
        ownerId: "rivera",
        slug,
        factIds: [facts[0]?.fact.id ?? "", "not-a-fact-here"],
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot(t.db)).toEqual(before);
    expect(await t.db.entity.count()).toBe(entitiesBefore);
  });
});

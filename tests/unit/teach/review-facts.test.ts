// The teacher's review rules, against an in-memory store: the port lets them run without a database.
import { describe, expect, it } from "vitest";
import type { Article } from "@/lib/content/schema";
import type { Corpus } from "@/lib/facts/corpus";
import { factSchema, type Fact, type FactStatus } from "@/lib/facts/schema";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import type { OwnTeacherArticle, TeacherArticleStore } from "@/lib/teach";
import { addFact, approveFacts, setFactStatus } from "@/lib/teach/review-facts";

const article: Article = {
  slug: "ruritania-talks",
  title: "Ruritania talks",
  publishedOn: "2026-03-01",
  repairs: [],
  passages: [{ id: "p1", text: "Ruritania backs Kravonia, officials said." }],
};

const fact = (id: string, status: FactStatus): Fact =>
  factSchema.parse({
    id,
    kind: "backing",
    statement: "Ruritania backs Kravonia.",
    status,
    backer: "ruritania",
    backed: "kravonia",
    phrasing: "backs",
    evidence: [{ article: article.slug, passage: "p1", quote: "Ruritania backs Kravonia" }],
  });

const empty: Corpus = { articles: [], entities: [], facts: [] };

function memoryStore(facts: { fact: Fact; inLibrary?: boolean }[], taken: string[] = []) {
  const saved: Corpus[] = [];
  const regenerated: string[] = [];
  const store: TeacherArticleStore = {
    slugsStartingWith: async () => new Set(),
    factIdsStartingWith: async () => new Set(taken),
    knownEntities: async () => [],
    async ownArticle(ownerId, slug): Promise<OwnTeacherArticle> {
      if (ownerId !== "rivera" || slug !== article.slug) throw new NotFoundError("not yours");
      return {
        article,
        facts: facts.map((f) => ({ fact: f.fact, status: f.fact.status, questionCount: 0, inLibrary: !!f.inLibrary })),
      };
    },
    articles: async () => [],
    save: async (_ownerId, corpus) => void saved.push(corpus),
    // The bank side: nothing stored, no facts of the teacher's to make questions of; a write of a bank is a regeneration.
    libraryCorpus: async () => empty,
    teacherCorpus: async () => empty,
    misconceptions: async () => [],
    bankOwners: async () => [],
    storedBank: async () => [],
    writeBank: async (ownerId) => void regenerated.push(ownerId ?? "library"),
  };
  return { store, saved, regenerated };
}

const ref = { ownerId: "rivera", slug: article.slug };

describe("reviewing a teacher's facts", () => {
  it("regenerates the bank only when a reviewed fact is involved", async () => {
    const m = memoryStore([{ fact: fact("a", "proposed") }]);
    expect(await setFactStatus(m.store, { ...ref, factId: "a", status: "rejected" })).toEqual({ regenerated: false });
    expect(m.regenerated).toEqual([]);
    expect(await setFactStatus(m.store, { ...ref, factId: "a", status: "reviewed" })).toEqual({ regenerated: true });
    expect(m.regenerated).toEqual(["rivera"]);
    expect(m.saved.at(-1)?.facts.map((f) => f.status)).toEqual(["reviewed"]);
  });

  it("refuses a library fact, and anyone else's article looks missing", async () => {
    const m = memoryStore([{ fact: fact("a", "reviewed"), inLibrary: true }]);
    await expect(setFactStatus(m.store, { ...ref, factId: "a", status: "rejected" })).rejects.toBeInstanceOf(
      DomainError,
    );
    await expect(
      setFactStatus(m.store, { ...ref, ownerId: "okafor", factId: "a", status: "rejected" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(m.saved).toEqual([]);
  });

  it("approves many at once, refusing them all when one id is not the article's", async () => {
    const m = memoryStore([{ fact: fact("a", "proposed") }, { fact: fact("b", "reviewed") }]);
    await expect(approveFacts(m.store, { ...ref, factIds: ["a", "zzz"] })).rejects.toBeInstanceOf(NotFoundError);
    expect(await approveFacts(m.store, { ...ref, factIds: ["a", "b", "a"] })).toEqual({ approved: 1 });
    expect(m.regenerated).toEqual(["rivera"]);
  });

  it("gives an added fact a free id", async () => {
    const m = memoryStore([], ["a", "a-2"]);
    expect(await addFact(m.store, { ...ref, fact: fact("a", "proposed"), newEntities: [] })).toEqual({ factId: "a-3" });
    expect(m.regenerated).toEqual([]);
  });
});

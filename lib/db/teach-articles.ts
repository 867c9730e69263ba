// Articles a teacher pastes in, as stored: the teacher's list, one article with the
// facts that cite it, and the store the teacher's use cases (lib/teach/import-article,
// lib/teach/review-facts) write through. Promoting one into the library is
// lib/teach/promote-article.ts, through lib/db/library.ts.
import type { Article } from "../content/schema";
import type { Fact, FactStatus } from "../facts/schema";
import { NotFoundError } from "../domain/errors";
import { editableFact, type OwnTeacherArticle, type ReviewFact, type TeacherArticleStore } from "../teach";
import type { Db } from "./client";
import { syncCorpus } from "./content-sync";
import { articleFromRow, entityFromRow, factFromRow } from "./teacher-corpus";
import { bankStore } from "./bank-store";

export type { OwnTeacherArticle, ReviewFact };

export type TeacherArticleSummary = {
  slug: string;
  title: string;
  outlet: string | null;
  publishedOn: string;
  proposed: number;
  reviewed: number;
  rejected: number;
  createdAt: Date;
};

export async function teacherArticles(db: Db, ownerId: string): Promise<TeacherArticleSummary[]> {
  const rows = await db.article.findMany({
    where: { ownerId },
    orderBy: { createdAt: "desc" },
    include: { passages: { select: { evidence: { select: { fact: { select: { id: true, status: true } } } } } } },
  });
  return rows.map((a) => {
    const facts = new Map(a.passages.flatMap((p) => p.evidence.map((e) => [e.fact.id, e.fact.status] as const)));
    const count = (s: string) => [...facts.values()].filter((x) => x === s).length;
    return {
      slug: a.slug,
      title: a.title,
      outlet: a.outlet,
      publishedOn: a.publishedOn,
      proposed: count("proposed"),
      reviewed: count("reviewed"),
      rejected: count("rejected"),
      createdAt: a.createdAt,
    };
  });
}

/** The teacher's article and the facts that cite it (proposed first). Anyone else's: not found. */
export async function getOwnTeacherArticle(db: Db, ownerId: string, slug: string): Promise<OwnTeacherArticle> {
  const row = await db.article.findFirst({
    where: { slug, ownerId },
    include: { passages: { orderBy: { position: "asc" }, select: { id: true, key: true, text: true } } },
  });
  if (!row) throw new NotFoundError("That article does not exist or is not yours.");
  const factRows = await db.fact.findMany({
    where: {
      source: "teacher",
      OR: [{ ownerId }, { ownerId: null }],
      evidence: { some: { passageId: { in: row.passages.map((p) => p.id) } } },
    },
    orderBy: { id: "asc" },
    include: { _count: { select: { questions: { where: { question: { retired: false } } } } } },
  });
  const order: Record<string, number> = { proposed: 0, reviewed: 1, rejected: 2 };
  const facts = factRows
    .filter((f) => f.status in order)
    .map((f) => ({
      fact: factFromRow(f),
      status: f.status as FactStatus,
      questionCount: f._count.questions,
      inLibrary: f.ownerId === null,
    }))
    .sort((a, b) => (order[a.status] ?? 3) - (order[b.status] ?? 3));
  return { article: articleFromRow(row), facts };
}

/** What the edit form needs: the fact, its article, and the ids of every known entity. */
export async function factForEdit(
  db: Db,
  input: { ownerId: string; slug: string; factId: string },
): Promise<{ article: Article; fact: Fact; status: FactStatus; entityIds: Set<string> }> {
  const own = await getOwnTeacherArticle(db, input.ownerId, input.slug);
  const found = { article: own.article, ...editableFact(own, input.factId) };
  const entityIds = new Set((await db.entity.findMany({ select: { id: true } })).map((e) => e.id));
  return { ...found, entityIds };
}

/** The store behind the teacher's use cases, on this database. */
export function teacherArticleStore(db: Db): TeacherArticleStore {
  return {
    ...bankStore(db),
    async slugsStartingWith(base) {
      const rows = await db.article.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
      return new Set(rows.map((a) => a.slug));
    },
    async factIdsStartingWith(ids) {
      if (ids.length === 0) return new Set();
      const rows = await db.fact.findMany({
        where: { OR: [...new Set(ids)].map((id) => ({ id: { startsWith: id } })) },
        select: { id: true },
      });
      return new Set(rows.map((f) => f.id));
    },
    async knownEntities() {
      return (await db.entity.findMany({ orderBy: { id: "asc" } })).map(entityFromRow);
    },
    ownArticle: (ownerId, slug) => getOwnTeacherArticle(db, ownerId, slug),
    async articles(slugs) {
      const rows = await db.article.findMany({
        where: { slug: { in: [...slugs] } },
        include: { passages: { orderBy: { position: "asc" }, select: { key: true, text: true } } },
      });
      return rows.map(articleFromRow);
    },
    async save(ownerId, corpus) {
      await syncCorpus(db, corpus, { source: "teacher", ownerId, retireMissing: false });
    },
  };
}

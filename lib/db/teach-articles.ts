// Articles a teacher pastes in: layout repair, fact extraction, and storing both;
// then the teacher reviews each proposed fact (approve, edit or reject).
// Approving or changing a reviewed fact regenerates that teacher's own bank at
// once; the library's bank and other teachers' never move. A maintainer may
// promote an article into the library: its reviewed facts become library facts.
import type { Article } from "../content/schema";
import { slugify } from "../facts/extract";
import type { Fact, FactStatus } from "../facts/schema";
import { DomainError, NotFoundError } from "../domain/errors";
import type { ImportArticleInput } from "../teach";
import { runPasteJob, type ExtractLimits } from "../teach/extract-job";
import type { Db } from "./client";
import { syncCorpus } from "./content-sync";
import { forgetArticleTitles } from "./article-titles";
import { loadCorpus } from "../facts";
import {
  articleFromRow,
  entityFromRow,
  factFromRow,
  regenerateQuestionBank,
  regenerateTeacherBank,
} from "./teacher-corpus";

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

/** inLibrary: a maintainer promoted it, so it is the library's now and no longer the teacher's to change. */
export type ReviewFact = { fact: Fact; status: FactStatus; questionCount: number; inLibrary: boolean };
export type OwnTeacherArticle = { article: Article; facts: ReviewFact[] };

/** A slug from the title that no article has yet (title-2, title-3, ... when taken). */
async function freeSlug(db: Db, title: string): Promise<string> {
  const base = slugify(title).slice(0, 60).replace(/-+$/, "") || "article";
  const taken = new Set(
    (await db.article.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((a) => a.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Fact ids are global: a proposed id that another article's fact has is given a -2, -3, ... suffix. */
async function freeFactIds(db: Db, facts: readonly Fact[]): Promise<Fact[]> {
  const existing = new Set(
    (await db.fact.findMany({ where: { id: { in: facts.map((f) => f.id) } }, select: { id: true } })).map((f) => f.id),
  );
  if (existing.size === 0) return [...facts];
  const all = new Set((await db.fact.findMany({ select: { id: true } })).map((f) => f.id));
  const used = new Set<string>();
  return facts.map((f) => {
    let id = f.id;
    for (let n = 2; all.has(id) || used.has(id); n++) id = `${f.id}-${n}`;
    used.add(id);
    return { ...f, id };
  });
}

/**
 * Stores a pasted article and the facts proposed from it. The text is read in a
 * separate process with a time and memory limit (lib/teach/extract-job), so a
 * long paste never holds the server; nothing is written unless reading succeeds.
 */
export async function importTeacherArticle(
  db: Db,
  input: ImportArticleInput & { ownerId: string },
  limits?: ExtractLimits,
): Promise<{ slug: string; proposed: number }> {
  const slug = await freeSlug(db, input.title);
  const known = (await db.entity.findMany()).map(entityFromRow);
  const { ownerId, ...paste } = input;
  const read = await runPasteJob({ input: paste, slug, entities: known }, limits);
  const facts = await freeFactIds(
    db,
    read.facts.map((f) => ({ ...f, status: "proposed" as const })),
  );
  await syncCorpus(
    db,
    { articles: [read.article], entities: read.entities, facts },
    { source: "teacher", ownerId, retireMissing: false },
  );
  return { slug, proposed: facts.length };
}

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

async function ownFact(
  db: Db,
  ownerId: string,
  slug: string,
  factId: string,
): Promise<{ article: Article; fact: Fact; status: FactStatus }> {
  const { article, facts } = await getOwnTeacherArticle(db, ownerId, slug);
  const found = facts.find((f) => f.fact.id === factId);
  if (!found) throw new NotFoundError("That fact is not one of this article's.");
  if (found.inLibrary)
    throw new DomainError("This fact is in the shared library now; only a maintainer can change it.");
  return { article, fact: found.fact, status: found.status };
}

/** Stores a new version of one teacher fact (evidence re-anchored), then regenerates the bank if it is or was reviewed. */
async function saveFact(
  db: Db,
  ownerId: string,
  article: Article,
  fact: Fact,
  before: FactStatus,
): Promise<{ regenerated: boolean }> {
  // Other articles the fact cites must be in the corpus handed to the sync, or it cannot anchor them.
  const slugs = [...new Set(fact.evidence.map((e) => e.article).filter((s) => s !== article.slug))];
  const others = slugs.length
    ? (
        await db.article.findMany({
          where: { slug: { in: slugs } },
          include: { passages: { orderBy: { position: "asc" }, select: { key: true, text: true } } },
        })
      ).map(articleFromRow)
    : [];
  await syncCorpus(
    db,
    { articles: [article, ...others], entities: [], facts: [fact] },
    { source: "teacher", ownerId, retireMissing: false },
  );
  if (before !== "reviewed" && fact.status !== "reviewed") return { regenerated: false };
  await regenerateTeacherBank(db, ownerId, await loadCorpus("content"));
  return { regenerated: true };
}

export async function setFactStatus(
  db: Db,
  input: { ownerId: string; slug: string; factId: string; status: "reviewed" | "rejected" },
): Promise<{ regenerated: boolean }> {
  const { article, fact, status } = await ownFact(db, input.ownerId, input.slug, input.factId);
  if (status === input.status) return { regenerated: false };
  return saveFact(db, input.ownerId, article, { ...fact, status: input.status }, status);
}

/** Replaces a fact with its edited version (already validated against the article by lib/teach). */
export async function updateFact(
  db: Db,
  input: { ownerId: string; slug: string; fact: Fact },
): Promise<{ regenerated: boolean }> {
  const { article, status } = await ownFact(db, input.ownerId, input.slug, input.fact.id);
  return saveFact(db, input.ownerId, article, { ...input.fact, status }, status);
}

/** What the edit form needs: the fact, its article, and the ids of every known entity. */
export async function factForEdit(
  db: Db,
  input: { ownerId: string; slug: string; factId: string },
): Promise<{ article: Article; fact: Fact; status: FactStatus; entityIds: Set<string> }> {
  const found = await ownFact(db, input.ownerId, input.slug, input.factId);
  const entityIds = new Set((await db.entity.findMany({ select: { id: true } })).map((e) => e.id));
  return { ...found, entityIds };
}

/**
 * A maintainer's promotion: the article joins the library (listed on /sources for
 * everyone), its reviewed facts become library facts, and every bank is made
 * again (the library's gains their questions; the teacher's loses its copies).
 * Its proposed and rejected facts stay the teacher's.
 */
export async function promoteArticle(db: Db, slug: string): Promise<{ facts: number }> {
  const row = await db.article.findUnique({
    where: { slug },
    select: { id: true, ownerId: true, library: true, passages: { select: { id: true } } },
  });
  if (!row || row.ownerId === null) throw new NotFoundError("That article does not exist or is not a teacher's.");
  const facts = await db.$transaction(async (tx) => {
    await tx.article.update({ where: { id: row.id }, data: { library: true } });
    const moved = await tx.fact.updateMany({
      where: {
        source: "teacher",
        ownerId: row.ownerId,
        status: "reviewed",
        evidence: { some: { passageId: { in: row.passages.map((p) => p.id) } } },
      },
      data: { ownerId: null },
    });
    return moved.count;
  });
  forgetArticleTitles(db);
  await regenerateQuestionBank(db);
  return { facts };
}

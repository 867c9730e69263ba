// Reading the source corpus for pages: rows reshaped into the app's own types.
import type { Db } from "./client";

export type ArticleSummary = {
  slug: string;
  title: string;
  outlet: string | null;
  publishedOn: string;
  passageCount: number;
  factCount: number;
};

export type ReaderPassage = { key: string; text: string; factCount: number };
export type ReaderArticle = Omit<ArticleSummary, "passageCount" | "factCount"> & {
  seedFile: string | null;
  passages: ReaderPassage[];
};

export async function listArticles(db: Db): Promise<ArticleSummary[]> {
  const rows = await db.article.findMany({
    orderBy: [{ publishedOn: "asc" }, { title: "asc" }],
    include: { passages: { select: { _count: { select: { evidence: true } } } } },
  });
  return rows.map((a) => ({
    slug: a.slug,
    title: a.title,
    outlet: a.outlet,
    publishedOn: a.publishedOn,
    passageCount: a.passages.length,
    factCount: a.passages.reduce((n, p) => n + p._count.evidence, 0),
  }));
}

export async function getArticle(db: Db, slug: string): Promise<ReaderArticle | null> {
  const a = await db.article.findUnique({
    where: { slug },
    include: { passages: { orderBy: { position: "asc" }, include: { _count: { select: { evidence: true } } } } },
  });
  if (!a) return null;
  return {
    slug: a.slug,
    title: a.title,
    outlet: a.outlet,
    publishedOn: a.publishedOn,
    seedFile: a.seedFile,
    passages: a.passages.map((p) => ({ key: p.key, text: p.text, factCount: p._count.evidence })),
  };
}

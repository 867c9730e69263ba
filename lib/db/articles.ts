// Reading the source corpus for pages: rows reshaped into the app's own types.
// The library is public; a teacher's own article is read by its owner, the
// learners in the owner's classes (their questions cite it) and maintainers.
import type { Db } from "./client";
import { teachersOf, type Reader } from "./reader-scope";

/** Citations counted on a page: reviewed facts of the library, or of the article's owner. */
function citedBy(ownerId: string | null) {
  return { where: { fact: { status: "reviewed", OR: [{ ownerId: null }, ...(ownerId ? [{ ownerId }] : [])] } } };
}

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
  /** In the shared library; otherwise a teacher's own article (a maintainer may promote it). */
  library: boolean;
  passages: ReaderPassage[];
};

/** The library's articles, and the reader's own (a teacher's pasted articles are listed to nobody else). */
export async function listArticles(db: Db, reader: Reader = null): Promise<ArticleSummary[]> {
  const rows = await db.article.findMany({
    where: reader ? { OR: [{ library: true }, { ownerId: reader.id }] } : { library: true },
    orderBy: [{ publishedOn: "asc" }, { title: "asc" }],
    include: { passages: { select: { _count: { select: { evidence: citedBy(reader?.id ?? null) } } } } },
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

/** May this reader open an article that is not in the library? */
async function mayRead(db: Db, reader: Reader, ownerId: string | null): Promise<boolean> {
  if (!reader || ownerId === null) return false;
  if (reader.maintainer || reader.id === ownerId) return true;
  return (await teachersOf(db, reader.id)).includes(ownerId);
}

/** The article, or null when it does not exist or this reader may not read it (the same answer, so slugs cannot be probed). */
export async function getArticle(db: Db, slug: string, reader: Reader = null): Promise<ReaderArticle | null> {
  const meta = await db.article.findUnique({ where: { slug }, select: { library: true, ownerId: true } });
  if (!meta) return null;
  if (!meta.library && !(await mayRead(db, reader, meta.ownerId))) return null;
  const a = await db.article.findUnique({
    where: { slug },
    include: {
      passages: { orderBy: { position: "asc" }, include: { _count: { select: { evidence: citedBy(meta.ownerId) } } } },
    },
  });
  if (!a) return null;
  return {
    slug: a.slug,
    title: a.title,
    outlet: a.outlet,
    publishedOn: a.publishedOn,
    seedFile: a.seedFile,
    library: a.library,
    passages: a.passages.map((p) => ({ key: p.key, text: p.text, factCount: p._count.evidence })),
  };
}

import type { Db } from "./client";

/** slug → title, for links back to the sources. */
export async function articleTitles(db: Db): Promise<Record<string, string>> {
  const rows = await db.article.findMany({ select: { slug: true, title: true } });
  return Object.fromEntries(rows.map((r) => [r.slug, r.title]));
}

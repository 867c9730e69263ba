import type { Db } from "./client";
import { perClientCache } from "./memo";

const titlesCache = perClientCache<"titles", Record<string, string>>(1);

/** slug → title, for links back to the sources; every quiz page needs it, so it is kept in memory. */
export async function articleTitles(db: Db): Promise<Record<string, string>> {
  const cached = titlesCache(db).get("titles");
  if (cached) return cached;
  const rows = await db.article.findMany({ select: { slug: true, title: true } });
  const titles = Object.fromEntries(rows.map((r) => [r.slug, r.title]));
  titlesCache(db).set("titles", titles);
  return titles;
}

/** After articles are written: the next read goes to the database. */
export function forgetArticleTitles(db: Db): void {
  titlesCache(db).clear();
}

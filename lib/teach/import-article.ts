// Importing a pasted article: the use case behind the teacher's import page.
import { slugify } from "../facts/extract";
import type { ImportArticleInput } from "./schema";
import type { TeacherArticleStore } from "./article-store";
import { runPasteJob, type ExtractLimits } from "./extract-job";
import { firstFree, freeIds } from "./free-id";

/**
 * Stores a pasted article and the facts proposed from it. The text is read in a
 * separate process with a time and memory limit (extract-job.ts), so a long
 * paste never holds the server; nothing is written unless reading succeeds.
 */
export async function importArticle(
  store: TeacherArticleStore,
  input: ImportArticleInput & { ownerId: string },
  limits?: ExtractLimits,
): Promise<{ slug: string; proposed: number }> {
  const base = slugify(input.title).slice(0, 60).replace(/-+$/, "") || "article";
  const slug = firstFree(base, await store.slugsStartingWith(base));
  const { ownerId, ...paste } = input;
  const read = await runPasteJob({ input: paste, slug, entities: await store.knownEntities() }, limits);
  const proposed = read.facts.map((f) => ({ ...f, status: "proposed" as const }));
  const facts = freeIds(proposed, await store.factIdsStartingWith(proposed.map((f) => f.id)));
  await store.save(ownerId, { articles: [read.article], entities: read.entities, facts });
  return { slug, proposed: facts.length };
}

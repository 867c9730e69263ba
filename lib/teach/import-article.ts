// Importing an article: the one use case behind the teacher's paste page (lib/actions/teach/import-article.ts)
// and `npm run content:import` (lib/cli/content-import.ts). Both hand it input parsed by importArticleSchema
// (the same limits on title, outlet, date and text), and both get the same slug, the same layout repair and
// extraction (run in a child process with the same time and memory limits) and the same check of what is
// proposed. Only where the result is stored differs: the app's database as the teacher's, or the content/
// folder; each store says how it treats a slug or fact id that is already taken.
import type { Article } from "../content/schema";
import { checkCorpus } from "../facts/check";
import { entityReferences } from "../facts/checks/entity-refs";
import { slugify } from "../facts/extract";
import type { Entity, Fact } from "../facts/schema";
import type { ImportArticleInput } from "./schema";
import type { TeacherArticleStore } from "./article-store";
import { runPasteJob, type ExtractLimits } from "./extract-job";
import { firstFree, freeIds } from "./free-id";

/** What an import stores: the article, the facts proposed from it and the new entities they name. */
export type ImportedArticle = { article: Article; facts: Fact[]; entities: Entity[] };

/** A proposed fact the corpus checks reject, and why; it is not stored. */
export type LeftOut = { id: string; why: string };

/** Where an import is stored. `Saved` is what the store reports back (counts, files written). */
export type ArticleImportStore<Saved> = {
  /** Every entity known: their ids are used wherever the text names them. */
  knownEntities(): Promise<Entity[]>;
  /** The slug the article takes, given the one its title makes (`base`). */
  slugFor(base: string): Promise<string>;
  /** Stores the import; nothing is written if it throws. */
  saveImport(imported: ImportedArticle): Promise<Saved>;
};

const MAX_SLUG = 60;

/** The slug a title (or a chosen name) makes: short enough to read in a link, never empty. */
export function articleSlugBase(name: string): string {
  return slugify(name).slice(0, MAX_SLUG).replace(/-+$/, "") || "article";
}

/**
 * Reads the article and proposes facts for it, then stores both. The text is read in a separate process
 * with a time and memory limit (extract-job.ts), so a long text never holds the caller; nothing is stored
 * unless reading succeeds. `name` replaces the title as the source of the slug (content:import's --slug).
 */
export async function importArticle<Saved>(
  store: ArticleImportStore<Saved>,
  input: ImportArticleInput,
  options: { name?: string; limits?: ExtractLimits } = {},
): Promise<{ slug: string; leftOut: LeftOut[] } & Saved> {
  const slug = await store.slugFor(articleSlugBase(options.name ?? input.title));
  const known = await store.knownEntities();
  const read = await runPasteJob({ input, slug, entities: known }, options.limits);
  const proposed = read.facts.map((f) => ({ ...f, status: "proposed" as const }));
  const { facts, leftOut } = withoutRejected(
    { article: read.article, facts: proposed, entities: read.entities },
    known,
  );
  const entities = entitiesUsed(read.entities, facts);
  const saved = await store.saveImport({ article: read.article, facts, entities });
  return { ...saved, slug, leftOut };
}

/** Drops any proposed fact the corpus checks (content:check) would reject, beside the known entities. */
function withoutRejected(imported: ImportedArticle, known: readonly Entity[]): { facts: Fact[]; leftOut: LeftOut[] } {
  const problems = checkCorpus({
    articles: [imported.article],
    entities: [...known, ...imported.entities],
    facts: imported.facts,
  });
  const why = new Map<string, string>();
  for (const p of problems) if (p.fact && !why.has(p.fact)) why.set(p.fact, p.message);
  return {
    facts: imported.facts.filter((f) => !why.has(f.id)),
    leftOut: [...why].map(([id, message]) => ({ id, why: message })),
  };
}

/** The new entities the facts name, and the countries of new people among them. */
export function entitiesUsed(entities: readonly Entity[], facts: readonly Fact[]): Entity[] {
  const used = new Set(facts.flatMap((f) => entityReferences(f).map((r) => r.id)));
  return entities.filter((e) => used.has(e.id) || entities.some((x) => x.country === e.id && used.has(x.id)));
}

/**
 * The app's side: a paste is the teacher's own article. Every paste is kept apart, so a taken slug or fact
 * id gets the first free -2, -3, ... (slugs and fact ids are global).
 */
export function teacherImports(store: TeacherArticleStore, ownerId: string): ArticleImportStore<{ proposed: number }> {
  return {
    knownEntities: () => store.knownEntities(),
    slugFor: async (base) => firstFree(base, await store.slugsStartingWith(base)),
    async saveImport({ article, facts, entities }) {
      const free = freeIds(facts, await store.factIdsStartingWith(facts.map((f) => f.id)));
      await store.save(ownerId, { articles: [article], entities, facts: free });
      return { proposed: free.length };
    },
  };
}

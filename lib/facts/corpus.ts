// The fact base as the rest of the app sees it: the articles, the entities they
// talk about, and the typed facts that cite them. Made by its loader (load.ts).
import type { Article } from "../content/schema";
import type { Entity, Fact } from "./schema";

export type Corpus = {
  articles: Article[];
  entities: Entity[];
  facts: Fact[];
};

/** One corpus from a base (content/, the library) and additions to it; the base wins where ids meet. */
export function mergeCorpora(base: Corpus, added: Corpus): Corpus {
  const articleSlugs = new Set(base.articles.map((a) => a.slug));
  const entityIds = new Set(base.entities.map((e) => e.id));
  const factIds = new Set(base.facts.map((f) => f.id));
  return {
    articles: [...base.articles, ...added.articles.filter((a) => !articleSlugs.has(a.slug))],
    entities: [...base.entities, ...added.entities.filter((e) => !entityIds.has(e.id))],
    facts: [...base.facts, ...added.facts.filter((f) => !factIds.has(f.id))],
  };
}

// The fact base as the rest of the app sees it: the articles, the entities they
// talk about, and the typed facts that cite them. Made by its loader (load.ts).
import type { Article } from "../content/schema";
import type { Entity, Fact } from "./schema";

export type Corpus = {
  articles: Article[];
  entities: Entity[];
  facts: Fact[];
};

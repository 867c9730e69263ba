// What the teacher's use cases (import-article.ts, review-facts.ts) need of storage, as a port: lib/db
// implements it (teacherArticleStore), so the rules here stay free of the database and testable apart.
// Reviewing a fact may make the teacher's bank again (regenerate-banks.ts), so the store is a bank store too.
import type { Article } from "../content/schema";
import type { Corpus } from "../facts/corpus";
import type { Entity, Fact, FactStatus } from "../facts/schema";
import type { BankStore } from "./bank-store";

/** inLibrary: a maintainer promoted it, so it is the library's now and no longer the teacher's to change. */
export type ReviewFact = { fact: Fact; status: FactStatus; questionCount: number; inLibrary: boolean };
export type OwnTeacherArticle = { article: Article; facts: ReviewFact[] };

export type TeacherArticleStore = BankStore & {
  /** Article slugs already taken that start with `base`. */
  slugsStartingWith(base: string): Promise<Set<string>>;
  /** Fact ids already taken that start with any of `ids` (fact ids are global). */
  factIdsStartingWith(ids: readonly string[]): Promise<Set<string>>;
  /** Every entity known, the library's and the teachers'. */
  knownEntities(): Promise<Entity[]>;
  /** The teacher's article and the facts citing it; anyone else's is not found. */
  ownArticle(ownerId: string, slug: string): Promise<OwnTeacherArticle>;
  /** Stored articles by slug (missing ones left out). */
  articles(slugs: readonly string[]): Promise<Article[]>;
  /** Stores articles, entities and facts as the teacher's; nothing absent is retired. */
  save(ownerId: string, corpus: Corpus): Promise<void>;
};

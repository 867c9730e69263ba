// What the library's use cases (sync-library.ts: content/ into the database; promote-article.ts: a teacher's
// article into the library) need of storage, as a port: lib/db implements it (libraryStore), so the rules
// stay with the other use cases and lib/db holds queries only. Both end by making the banks again
// (regenerate-banks.ts), so the store is a bank store too.
import type { Corpus } from "../facts/corpus";
import type { FactStatus } from "../facts/schema";
import type { BankStore } from "./bank-store";

export type SyncCounts = { created: number; updated: number; unchanged: number; retired: number };
export type ContentSyncReport = { articles: SyncCounts; entities: SyncCounts; facts: SyncCounts };

export type LibraryStore = BankStore & {
  /** Stores content/ as the library's (unchanged rows untouched); library facts no longer in it are retired. */
  syncContent(corpus: Corpus): Promise<ContentSyncReport>;
  /** Who owns the article: a teacher's id, null when it is the library's own, undefined when there is none. */
  articleOwner(slug: string): Promise<string | null | undefined>;
  /**
   * At once, or not at all: the article joins the library (listed for everyone), and its owner's facts of
   * these statuses that cite it become library facts. Returns how many facts moved.
   */
  moveToLibrary(slug: string, facts: { ownerId: string; statuses: readonly FactStatus[] }): Promise<number>;
};

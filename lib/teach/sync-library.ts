// content/ → database → question bank: the one use case behind `npm start` and `npm run content:sync`.
import { existsSync } from "node:fs";
import { loadCorpus } from "../facts/load";
import type { ContentSyncReport, LibraryStore, SyncCounts } from "./library-store";
import { regenerateBanks } from "./regenerate-banks";

/** Syncs content/ into the library and makes every bank again; says what changed, one line. */
export async function syncLibrary(store: LibraryStore, contentDir: string): Promise<string> {
  if (!existsSync(contentDir)) return "No content/ folder: nothing to sync.";
  const corpus = await loadCorpus(contentDir);
  const report = await store.syncContent(corpus);
  // The bank is made from the corpus just read, so start-up reads the files once.
  const questions = await regenerateBanks(store, corpus);
  return `Content sync: ${formatSyncReport(report)}; ${countsLine("questions", questions)}`;
}

function countsLine(name: string, c: SyncCounts): string {
  return `${name}: ${c.created} new, ${c.updated} updated, ${c.unchanged} unchanged${c.retired ? `, ${c.retired} retired` : ""}`;
}

export function formatSyncReport(report: ContentSyncReport): string {
  return [
    countsLine("articles", report.articles),
    countsLine("entities", report.entities),
    countsLine("facts", report.facts),
  ].join("; ");
}

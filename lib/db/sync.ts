// content/ → database: the one entry point used by npm start and content:sync.
import { existsSync } from "node:fs";
import { loadCorpus } from "../content";
import type { Db } from "./client";
import { formatSyncReport, syncCorpus } from "./content-sync";

export async function syncEverything(db: Db, contentDir: string): Promise<string> {
  if (!existsSync(contentDir)) return "No content/ folder: nothing to sync.";
  const corpus = await loadCorpus(contentDir);
  const report = await syncCorpus(db, corpus, { source: "content" });
  return `Content sync: ${formatSyncReport(report)}`;
}

// content/ → database → question bank: the one entry point used by npm start and content:sync.
import { existsSync } from "node:fs";
import { loadCorpus } from "../facts";
import type { Db } from "./client";
import { formatSyncReport, syncCorpus } from "./content-sync";
import { regenerateQuestionBank } from "./teacher-corpus";

export async function syncEverything(db: Db, contentDir: string): Promise<string> {
  if (!existsSync(contentDir)) return "No content/ folder: nothing to sync.";
  const corpus = await loadCorpus(contentDir);
  const report = await syncCorpus(db, corpus, { source: "content" });
  const questions = await regenerateQuestionBank(db, corpus);
  const q = `questions: ${questions.created} new, ${questions.updated} updated, ${questions.unchanged} unchanged${questions.retired ? `, ${questions.retired} retired` : ""}`;
  return `Content sync: ${formatSyncReport(report)}; ${q}`;
}

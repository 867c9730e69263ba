// content/ → database: the one entry point used by npm start and content:sync.
import { existsSync } from "node:fs";
import type { Db } from "./client";

export async function syncEverything(db: Db, contentDir: string): Promise<string> {
  if (!existsSync(contentDir)) return "No content/ folder: nothing to sync.";
  void db;
  return "Content sync not yet available.";
}

// npm run content:sync: upserts content/ into the database; a second run changes nothing.
import { z } from "zod";
import { createDb } from "../db/client";
import { libraryStore } from "../db/library";
import { syncLibrary } from "../teach/sync-library";
import { parseEnv } from "../env";

const args = z
  .tuple([])
  .or(z.tuple([z.string().min(1)]))
  .safeParse(process.argv.slice(2));
if (!args.success) {
  console.error("Usage: npm run content:sync [-- CONTENT_DIR]");
  process.exit(2);
}
const env = parseEnv(process.env);
const db = createDb(env.databaseUrl);
try {
  console.log(await syncLibrary(libraryStore(db), args.data[0] ?? "content"));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}

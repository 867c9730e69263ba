// Makes the database ready: applies migrations, syncs content/ and its question
// bank, and seeds the demo school. Safe to run on every start.
import { parseEnv } from "../env";
import { createDb } from "../db/client";
import { describeDemoLogins, seedDemo } from "../db/demo";
import { libraryStore } from "../db/library";
import { syncLibrary } from "../teach/sync-library";
import { configureSqliteFile } from "../db/sqlite-setup";
import { runBin } from "./run";

export async function prepare(): Promise<void> {
  const env = parseEnv(process.env);
  runBin("prisma", ["migrate", "deploy"], { ...process.env, DATABASE_URL: env.databaseUrl });
  configureSqliteFile(env.databaseUrl);
  const db = createDb(env.databaseUrl);
  try {
    const summary = await syncLibrary(libraryStore(db), "content");
    console.log(summary);
    const { created } = await seedDemo(db);
    if (created) console.log("Seeded the demo school.");
    console.log(describeDemoLogins());
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  prepare().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

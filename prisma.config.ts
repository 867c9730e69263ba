// Prisma CLI configuration. The CLI cannot download native engines on offline
// machines, so it runs the bundled JS schema engine through a driver adapter.
// DATABASE_URL picks the provider: SQLite (default) or PostgreSQL, each with
// its own schema (the PostgreSQL one derived from the SQLite one) and migrations.
process.env.CHECKPOINT_DISABLE ??= "1";
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/true";
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= "/bin/true";

import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseKind, databaseUrl, ensureSqliteDirectory } from "./lib/env/database-url";
import { cliPostgresAdapter } from "./lib/db/pg-cli-adapter";

const url = databaseUrl(process.env);
const postgres = databaseKind(url) === "postgres";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: postgres ? "prisma/postgres/migrations" : "prisma/migrations" },
  adapter: async () => {
    if (postgres) return cliPostgresAdapter(url);
    ensureSqliteDirectory(url);
    return new PrismaBetterSQLite3({ url });
  },
});

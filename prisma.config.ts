// Prisma CLI configuration. The CLI cannot download native engines on offline
// machines, so it runs the bundled JS schema engine through a driver adapter.
process.env.CHECKPOINT_DISABLE ??= "1";
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/true";
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= "/bin/true";

import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl, ensureSqliteDirectory } from "./lib/db/url";

const url = databaseUrl(process.env);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  adapter: async () => {
    ensureSqliteDirectory(url);
    return new PrismaBetterSQLite3({ url });
  },
});

// The one Prisma client. It picks its driver adapter from DATABASE_URL, so the
// same build serves SQLite (embedded default) and PostgreSQL.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/sqlite/client";
import { databaseKind, ensureSqliteDirectory } from "../env/database-url";
import { env } from "../env";
import { createPostgresClient } from "./postgres-client";

export type Db = PrismaClient;

export function createDb(url: string): Db {
  if (databaseKind(url) === "postgres") return createPostgresClient(url);
  ensureSqliteDirectory(url);
  // WAL lets readers and the single writer overlap; the busy timeout makes
  // concurrent writers wait instead of failing with SQLITE_BUSY.
  const adapter = new PrismaBetterSQLite3({ url, timeout: 5000 });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { sourcedDb?: Db };

/** The app's client; it survives Next's dev reloads. */
export function db(): Db {
  globalForDb.sourcedDb ??= createDb(env().databaseUrl);
  return globalForDb.sourcedDb;
}

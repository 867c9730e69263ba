// Where the database lives. One place decides, for the app, the CLI and tests.
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";

/** The embedded default: a SQLite file under .data/, created on first run. */
export const DEFAULT_DATABASE_URL = "file:./.data/sourced.db";

export type DatabaseKind = "sqlite" | "postgres";

export function databaseUrl(env: Record<string, string | undefined>): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

export function databaseKind(url: string): DatabaseKind {
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) return "postgres";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error(
    `DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL); got "${url.slice(0, 20)}..."`,
  );
}

/** The SQLite file path; the adapter resolves `file:` URLs against the working directory. */
export function sqlitePath(url: string): string {
  return resolve(url.slice("file:".length));
}

export function ensureSqliteDirectory(url: string): void {
  if (databaseKind(url) === "sqlite") mkdirSync(dirname(sqlitePath(url)), { recursive: true });
}

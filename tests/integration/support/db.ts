// A real database for a test file, made by the migrations: a fresh SQLite file,
// or (with TEST_DATABASE=postgres) a fresh database on the TEST_POSTGRES_URL server.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import { execFileSync } from "node:child_process";
import pg from "pg";
import { createDb, type Db } from "@/lib/db/client";

export type TestDb = { db: Db; url: string; kind: "sqlite" | "postgres"; cleanup: () => Promise<void> };

function migrate(url: string): void {
  execFileSync(join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: "pipe",
  });
}

async function createPostgresTestDb(serverUrl: string): Promise<TestDb> {
  const name = `sourced_test_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  migrate(url.toString());
  const db = createDb(url.toString());
  return {
    db,
    url: url.toString(),
    kind: "postgres",
    cleanup: async () => {
      await db.$disconnect();
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function createTestDb(): Promise<TestDb> {
  const postgres = process.env.TEST_POSTGRES_URL;
  if (process.env.TEST_DATABASE === "postgres") {
    if (!postgres)
      throw new Error("TEST_DATABASE=postgres needs TEST_POSTGRES_URL (see tests/support/with-postgres.ts)");
    return createPostgresTestDb(postgres);
  }
  const dir = mkdtempSync(join(tmpdir(), "sourced-test-"));
  const url = `file:${join(dir, "test.db")}`;
  migrate(url);
  const db = createDb(url);
  return {
    db,
    url,
    kind: "sqlite",
    cleanup: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

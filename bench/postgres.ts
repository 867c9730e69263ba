// A throwaway PostgreSQL for the bench, through tests/support/throwaway-postgres.sh:
// loopback only, fsync on (PG_FSYNC=on) so a commit costs what it costs in production,
// stopped and deleted by the cleanup registry however the bench ends.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { assertRunning, onCleanup } from "./cleanup";
import { freePort } from "./processes";

const SCRIPT = join("tests", "support", "throwaway-postgres.sh");

export function postgresInstalled(): boolean {
  const root = "/usr/lib/postgresql";
  return existsSync(root) && readdirSync(root).some((v) => existsSync(join(root, v, "bin", "initdb")));
}

export type Postgres = { url: string; stop: () => Promise<void> };

export async function startPostgres(): Promise<Postgres> {
  assertRunning();
  if (!postgresInstalled()) throw new Error("PostgreSQL is not installed (apt-get install postgresql)");
  const parent = mkdtempSync(join(tmpdir(), "sourced-bench-pg-"));
  // As root the server runs as the postgres user, who must be able to reach its folder.
  chmodSync(parent, 0o755);
  const dir = join(parent, "cluster");
  const stop = onCleanup("PostgreSQL", () => {
    spawnSync("bash", [SCRIPT, "stop", dir], { stdio: "inherit", timeout: 60_000 });
    rmSync(parent, { recursive: true, force: true });
  });
  const port = await freePort();
  const started = spawnSync("bash", [SCRIPT, "start", dir, String(port)], {
    encoding: "utf8",
    timeout: 120_000,
    env: { ...process.env, PG_FSYNC: "on" },
  });
  if (started.status !== 0) {
    await stop();
    throw new Error(`PostgreSQL did not start: ${started.stderr || started.stdout}`);
  }
  return { url: started.stdout.trim(), stop };
}

/** The server's version and the settings that decide what a commit costs. */
export async function describePostgres(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const show = async (name: string) => {
      const result = await client.query<Record<string, string>>(`SHOW ${name}`);
      return result.rows[0]?.[name] ?? "?";
    };
    return `PostgreSQL ${await show("server_version")} (fsync ${await show("fsync")}, synchronous_commit ${await show("synchronous_commit")})`;
  } finally {
    await client.end();
  }
}

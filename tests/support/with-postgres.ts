// Runs a command against a throwaway PostgreSQL: starts one from Debian's
// packages on a free loopback port, sets TEST_DATABASE=postgres and
// TEST_POSTGRES_URL, and always stops and deletes it afterwards.
//   tsx tests/support/with-postgres.ts -- <command> [args...]
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";

const args = z
  .tuple([z.literal("--"), z.string()])
  .rest(z.string())
  .safeParse(process.argv.slice(2));
if (!args.success) {
  console.error("usage: tsx tests/support/with-postgres.ts -- <command> [args...]");
  process.exit(2);
}
const [, command, ...rest] = args.data;

function postgresInstalled(): boolean {
  const root = "/usr/lib/postgresql";
  return existsSync(root) && readdirSync(root).some((v) => existsSync(join(root, v, "bin", "initdb")));
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

if (!postgresInstalled()) {
  console.error("PostgreSQL is not installed (apt-get install postgresql): the PostgreSQL run cannot happen here.");
  process.exit(process.env.CI ? 1 : 0);
}

const script = join("tests", "support", "throwaway-postgres.sh");
const parent = mkdtempSync(join(tmpdir(), "sourced-pg-"));
// The server may run as the postgres user, who must be able to reach its folder.
chmodSync(parent, 0o755);
const dir = join(parent, "cluster");
const port = await freePort();
const started = spawnSync("bash", [script, "start", dir, String(port)], { encoding: "utf8" });
if (started.status !== 0) {
  console.error(started.stderr || started.stdout);
  process.exit(1);
}
const url = started.stdout.trim();
const stop = () => {
  spawnSync("bash", [script, "stop", dir], { stdio: "inherit" });
  rmSync(parent, { recursive: true, force: true });
};
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => (stop(), process.exit(1)));

console.log(`PostgreSQL for this run: ${url}`);
const run = spawnSync(command, rest, {
  stdio: "inherit",
  env: { ...process.env, TEST_DATABASE: "postgres", TEST_POSTGRES_URL: url },
});
stop();
process.exit(run.status ?? 1);

// The e2e server: a fresh database file each run, then exactly what npm start does.
import { rmSync } from "node:fs";
import { spawn } from "node:child_process";
import { databaseUrl, sqlitePath } from "../../lib/env/database-url";

const path = sqlitePath(databaseUrl(process.env));
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(path + suffix, { force: true });
const child = spawn("npm", ["start"], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));

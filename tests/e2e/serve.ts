// The e2e server: a fresh database file each run, then exactly what npm start does.
import { readFileSync, rmSync, unwatchFile, watchFile, writeFileSync } from "node:fs";
import { spawn } from "node:child_process";
import { databaseUrl, sqlitePath } from "../../lib/env/database-url";

const path = sqlitePath(databaseUrl(process.env));
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(path + suffix, { force: true });
// next build adds its custom distDir's types to tsconfig.json; the committed file is put back as soon as it
// changes (the server may be killed without a chance to clean up), and once more on exit.
const tsconfig = readFileSync("tsconfig.json", "utf8");
const restoreTsconfig = () => {
  if (readFileSync("tsconfig.json", "utf8") !== tsconfig) writeFileSync("tsconfig.json", tsconfig);
};
watchFile("tsconfig.json", { interval: 500 }, restoreTsconfig);
const child = spawn("npm", ["start"], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => {
  unwatchFile("tsconfig.json");
  restoreTsconfig();
  process.exit(code ?? 0);
});

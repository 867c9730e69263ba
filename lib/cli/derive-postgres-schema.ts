// Writes prisma/postgres/schema.prisma; with --check, fails if it has drifted.
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { z } from "zod";
import { derivePostgresSchema } from "../db/derive-postgres-schema";

const args = z
  .array(z.enum(["--check"]))
  .max(1)
  .parse(process.argv.slice(2));
const target = "prisma/postgres/schema.prisma";
const derived = derivePostgresSchema(readFileSync("prisma/schema.prisma", "utf8"));

if (args.includes("--check")) {
  const current = existsSync(target) ? readFileSync(target, "utf8") : "";
  if (current !== derived) {
    console.error(`${target} has drifted from prisma/schema.prisma; run: npx tsx lib/cli/derive-postgres-schema.ts`);
    process.exit(1);
  }
  // Every migration must exist for both providers, under the same name.
  const names = (dir: string) =>
    readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
  const sqlite = names("prisma/migrations");
  const postgres = names("prisma/postgres/migrations");
  const missing = [
    ...sqlite.filter((n) => !postgres.includes(n)).map((n) => `prisma/postgres/migrations/${n}`),
    ...postgres.filter((n) => !sqlite.includes(n)).map((n) => `prisma/migrations/${n}`),
  ];
  if (missing.length) {
    console.error(`Migrations out of step between SQLite and PostgreSQL; missing:\n  ${missing.join("\n  ")}`);
    process.exit(1);
  }
  console.log(`${target} matches prisma/schema.prisma; ${sqlite.length} migration(s) in step`);
} else {
  mkdirSync("prisma/postgres", { recursive: true });
  writeFileSync(target, derived);
}

// Writes prisma/postgres/schema.prisma; with --check, fails if it has drifted.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { z } from "zod";
import { derivePostgresSchema } from "../db/derive-postgres-schema";

const args = z.array(z.enum(["--check"])).max(1).parse(process.argv.slice(2));
const target = "prisma/postgres/schema.prisma";
const derived = derivePostgresSchema(readFileSync("prisma/schema.prisma", "utf8"));

if (args.includes("--check")) {
  const current = existsSync(target) ? readFileSync(target, "utf8") : "";
  if (current !== derived) {
    console.error(`${target} has drifted from prisma/schema.prisma; run: npx tsx lib/cli/derive-postgres-schema.ts`);
    process.exit(1);
  }
  console.log(`${target} matches prisma/schema.prisma`);
} else {
  mkdirSync("prisma/postgres", { recursive: true });
  writeFileSync(target, derived);
}

// Imports the seed articles (plain text) into content/articles/ through the
// layout repair, so the files can be regenerated and compared at any time.
// With --check, fails if a file on disk differs from what the import produces.
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { articleFromText, parseArticleFile, serializeArticle } from "../content";
import { SEED_IMPORTS } from "./seed-metadata";

const argsSchema = z.strictObject({
  seeds: z.string().min(1).default("../shared/seeds"),
  out: z.string().min(1).default("content/articles"),
  check: z.boolean().default(false),
});

const { values } = parseArgs({
  options: { seeds: { type: "string" }, out: { type: "string" }, check: { type: "boolean" } },
  strict: true,
});
const args = argsSchema.parse(values);

let drifted = 0;
await mkdir(args.out, { recursive: true });
for (const { file, meta } of SEED_IMPORTS) {
  const target = path.join(args.out, `${meta.slug}.md`);
  const current = existsSync(target) ? await readFile(target, "utf8") : undefined;
  const previous = current === undefined ? undefined : parseArticleFile(current, target);
  const raw = await readFile(path.join(args.seeds, file), "utf8");
  const { article, repair } = articleFromText(raw, meta, previous);
  const text = serializeArticle(article);

  if (args.check) {
    if (text !== current) {
      drifted++;
      console.error(`${target} differs from a fresh import of ${file}`);
    }
    continue;
  }
  await writeFile(target, text);
  console.log(`${target}: ${article.passages.length} passages, ${repair.droppedLines.length} lines dropped`);
}
if (drifted > 0) process.exit(1);
if (args.check) console.log(`${SEED_IMPORTS.length} seed articles match a fresh import`);

// Imports a new article delivered as plain text and proposes facts for it:
//   npm run content:import -- FILE.txt --title T --outlet O --date YYYY-MM-DD [--slug S] [--force]
// A thin caller of the teacher's import use case (lib/teach/import-article.ts): the same input schema and
// limits as the paste page, the same slug, layout repair and extraction; the content/ folder is the store
// (lib/cli/content-folder-store.ts). On any failure nothing is written.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { ContentFileError, slugSchema } from "../content";
import { DomainError } from "../domain/errors";
import { loadCorpus, type Fact, type LoadedCorpus } from "../facts";
import { importArticleSchema } from "../teach";
import { importArticle } from "../teach/import-article";
import { contentFolderStore } from "./content-folder-store";

const USAGE =
  "usage: npm run content:import -- FILE.txt --title T --outlet O --date YYYY-MM-DD [--slug S] [--force] [--root content]";

// The page's fields under the CLI's names; the text comes from FILE.
const argsSchema = z.strictObject({
  file: z.string().min(1, "FILE: give the plain-text article to import"),
  title: importArticleSchema.shape.title,
  outlet: importArticleSchema.shape.outlet,
  date: importArticleSchema.shape.publishedOn,
  slug: slugSchema.optional(),
  force: z.boolean().default(false),
  root: z.string().min(1).default("content"),
});
type Args = z.infer<typeof argsSchema>;

const OPTION_OF: Record<string, string> = { publishedOn: "--date: ", text: "FILE: ", file: "" };

class ImportError extends Error {
  override name = "ImportError";
}

function explain(error: z.ZodError): ImportError {
  const label = (key: PropertyKey | undefined) =>
    key === undefined ? "" : (OPTION_OF[String(key)] ?? `--${String(key)}: `);
  return new ImportError(error.issues.map((i) => `${label(i.path[0])}${i.message}`).join("\n"));
}

function readArgs(argv: string[]): Args {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        title: { type: "string" },
        outlet: { type: "string" },
        date: { type: "string" },
        slug: { type: "string" },
        force: { type: "boolean" },
        root: { type: "string" },
      },
    });
  } catch (error) {
    throw new ImportError((error as Error).message);
  }
  if (parsed.positionals.length > 1)
    throw new ImportError(`one text file at a time (got ${parsed.positionals.join(", ")})`);
  const result = argsSchema.safeParse({ ...parsed.values, file: parsed.positionals[0] ?? "" });
  if (!result.success) throw explain(result.error);
  return result.data;
}

async function loadOrExplain(root: string): Promise<LoadedCorpus> {
  try {
    return await loadCorpus(root);
  } catch (error) {
    if (error instanceof ContentFileError)
      throw new ImportError(error.problems.map((p) => `${error.file}: ${p}`).join("\n"));
    throw error;
  }
}

async function main(): Promise<void> {
  const args = readArgs(process.argv.slice(2));
  if (!existsSync(args.file)) throw new ImportError(`${args.file}: no such file`);
  const input = importArticleSchema.safeParse({
    title: args.title,
    outlet: args.outlet,
    publishedOn: args.date,
    text: await readFile(args.file, "utf8"),
  });
  if (!input.success) throw explain(input.error);
  const store = contentFolderStore(await loadOrExplain(args.root), {
    root: args.root,
    source: path.basename(args.file),
    force: args.force,
  });
  let done;
  try {
    done = await importArticle(store, input.data, args.slug === undefined ? {} : { name: args.slug });
  } catch (error) {
    if (error instanceof DomainError) throw new ImportError(error.message);
    throw error;
  }

  const byKind = (kind: Fact["kind"]) => done.proposed.filter((f) => f.kind === kind).length;
  console.log(`${done.articleFile}: ${done.article} (${done.passages} passages, ${done.repairs} layout notes)`);
  console.log(
    `${done.proposalFile}: ${done.proposed.length} proposed facts (${byKind("backing")} backing, ${byKind("meeting")} meeting, ${byKind("deal-term")} deal-term)${done.kept ? `, ${done.kept} reviewed or rejected kept` : ""}`,
  );
  for (const f of done.proposed) console.log(`  ${f.id}: ${f.statement}`);
  if (done.alreadyKnown.length > 0)
    console.log(`  found again, already in the fact base: ${done.alreadyKnown.join(", ")}`);
  for (const { id, why } of [...done.leftOut, ...done.rejected]) console.log(`  left out ${id}: ${why}`);
  console.log(
    done.newEntities.length === 0
      ? `${done.entitiesFile}: no new entities`
      : `${done.entitiesFile}: appended ${done.newEntities.length} new entities (${done.newEntities.map((e) => e.id).join(", ")})`,
  );
}

try {
  await main();
} catch (error) {
  if (!(error instanceof ImportError)) throw error;
  console.error(`${error.message}\n${USAGE}\nNothing was written.`);
  process.exitCode = 1;
}

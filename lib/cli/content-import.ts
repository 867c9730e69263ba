// Imports a new article delivered as plain text and proposes facts for it:
//   npm run content:import -- FILE.txt --title T --outlet O --date YYYY-MM-DD [--slug S] [--force]
// Layout repair and the article file come from lib/content; the facts come
// from the rule-based extractor with the known entities. Writes
//   content/articles/<slug>.md
//   content/facts/proposed-<slug>.yaml   (status: proposed, for review)
//   content/entities.yaml                (new entities appended at the end;
//                                         existing lines are never rewritten)
// Everything is checked first (arguments, article, the corpus as it would be);
// on any failure nothing is written.
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import {
  articleFromText,
  ContentError,
  ContentFileError,
  isoDaySchema,
  parseArticleFile,
  repairLayout,
  serializeArticle,
  slugSchema,
  type Article,
} from "../content";
import { checkCorpus, entityReferences, loadCorpus, type LoadedCorpus } from "../facts";
import { appendEntities, extractFacts, factsFileSchema, proposalFile, slugify, type Fact } from "../facts";

const USAGE =
  "usage: npm run content:import -- FILE.txt --title T --outlet O --date YYYY-MM-DD [--slug S] [--force] [--root content]";

const argsSchema = z.strictObject({
  file: z.string().min(1, "FILE: give the plain-text article to import"),
  title: z.string().trim().min(1).optional(),
  outlet: z.string().trim().min(1).optional(),
  date: isoDaySchema,
  slug: slugSchema.optional(),
  force: z.boolean().default(false),
  root: z.string().min(1).default("content"),
});
type Args = z.infer<typeof argsSchema>;

class ImportError extends Error {
  override name = "ImportError";
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
  if (!result.success) {
    const label = (key: PropertyKey | undefined) => (key === undefined || key === "file" ? "" : `--${String(key)}: `);
    throw new ImportError(result.error.issues.map((i) => `${label(i.path[0])}${i.message}`).join("\n"));
  }
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

/**
 * The article, or why it cannot be imported as asked. --title wins over the
 * text's first line (often page furniture such as "All news"); a different
 * headline in the text is dropped and listed in the article's repairs.
 */
function buildArticle(raw: string, args: Args, slug: string, previous: Article | undefined): Article {
  try {
    return articleFromText(
      raw,
      {
        slug,
        publishedOn: args.date,
        ...(args.outlet ? { outlet: args.outlet } : {}),
        ...(args.title ? { title: args.title } : {}),
      },
      previous,
    ).article;
  } catch (error) {
    if (error instanceof ContentError) throw new ImportError(error.message);
    throw error;
  }
}

async function main(): Promise<void> {
  const args = readArgs(process.argv.slice(2));
  if (!existsSync(args.file)) throw new ImportError(`${args.file}: no such file`);
  const raw = await readFile(args.file, "utf8");
  const headline = repairLayout(raw, args.title === undefined ? {} : { title: args.title }).title;
  // Named after the title the article will have: --title, else its own headline, else the file.
  const slug = args.slug ?? slugify(headline ?? path.basename(args.file, path.extname(args.file)));
  if (!slugSchema.safeParse(slug).success) throw new ImportError(`cannot make a slug from "${slug}"; pass --slug`);

  const corpus = await loadOrExplain(args.root);
  const articleFile = path.join(args.root, "articles", `${slug}.md`);
  const previousText = existsSync(articleFile) ? await readFile(articleFile, "utf8") : undefined;
  const previous = previousText === undefined ? undefined : parseArticleFile(previousText, articleFile);
  const article = buildArticle(raw, args, slug, previous);
  const articleText = serializeArticle(article);
  if (previousText !== undefined && previousText !== articleText && !args.force) {
    throw new ImportError(`${articleFile} already exists with different content; pass --force to replace it`);
  }

  // Facts a person already reviewed or rejected in an earlier import of this article are kept as they are.
  const proposalPath = path.join(args.root, "facts", `proposed-${slug}.yaml`);
  const earlier: Fact[] = existsSync(proposalPath)
    ? corpus.facts.filter((_, i) => corpus.sources.factFiles[i] === proposalPath)
    : [];
  const kept = earlier.filter((f) => f.status !== "proposed");
  const otherFacts = corpus.facts.filter((_, i) => corpus.sources.factFiles[i] !== proposalPath);
  const otherFiles = corpus.sources.factFiles.filter((f) => f !== proposalPath);

  const { facts, entities } = extractFacts(article, { entities: corpus.entities, corpusFacts: corpus.facts });
  const takenIds = new Map(otherFacts.map((f, i) => [f.id, otherFiles[i] ?? "content/facts"]));
  const keptIds = new Set(kept.map((f) => f.id));
  const alreadyKnown = facts
    .filter((f) => takenIds.has(f.id))
    .flatMap((f) =>
      f.evidence.map((e) => ({ id: f.id, file: takenIds.get(f.id) ?? "", passage: e.passage, quote: e.quote })),
    );
  let proposed = facts.filter((f) => !takenIds.has(f.id) && !keptIds.has(f.id));

  // The corpus as it would be: drop any proposed fact it would make content:check reject.
  const articles = [...corpus.articles.filter((a) => a.slug !== slug), article];
  const candidate = {
    articles,
    entities: [...corpus.entities, ...entities],
    facts: [...otherFacts, ...kept, ...proposed],
  };
  const factFiles = [...otherFiles, ...[...kept, ...proposed].map(() => proposalPath)];
  const problems = checkCorpus(candidate, { entitiesFile: corpus.sources.entitiesFile, factFiles });
  const rejected = new Map<string, string>();
  for (const p of problems)
    if (p.file === proposalPath && p.fact && proposed.some((f) => f.id === p.fact)) rejected.set(p.fact, p.message);
  proposed = proposed.filter((f) => !rejected.has(f.id));
  // Anything else the import would break (a replaced article no longer holding a reviewed quote) stops it.
  const before = new Set(checkCorpus(corpus, corpus.sources).map((p) => `${p.file}: ${p.message}`));
  const broken = problems.filter((p) => !(p.fact && rejected.has(p.fact)) && !before.has(`${p.file}: ${p.message}`));
  if (broken.length > 0)
    throw new ImportError(
      `the import would break the fact base:\n${broken.map((p) => `  ${p.file}: ${p.message}`).join("\n")}`,
    );
  // Only the new entities the remaining facts use (and the countries of new people among them).
  const used = new Set(proposed.flatMap((f) => entityReferences(f).map((r) => r.id)));
  const newEntities = entities.filter(
    (e) => used.has(e.id) || entities.some((x) => x.country === e.id && used.has(x.id)),
  );

  const entitiesText = await readFile(corpus.sources.entitiesFile, "utf8");
  let appended: string | undefined;
  try {
    appended = appendEntities(entitiesText, newEntities, slug);
  } catch (error) {
    throw new ImportError(
      `the new entities would not make a valid ${corpus.sources.entitiesFile}: ${(error as Error).message}`,
    );
  }
  const proposalText = proposalFile([...kept, ...proposed], {
    slug,
    source: path.basename(args.file),
    alreadyKnown,
    newEntities: newEntities.map((e) => e.id),
  });
  factsFileSchema.parse(parseYaml(proposalText));

  await writeFile(articleFile, articleText);
  await writeFile(proposalPath, proposalText);
  if (appended !== undefined) await writeFile(corpus.sources.entitiesFile, appended);

  const byKind = (kind: Fact["kind"]) => proposed.filter((f) => f.kind === kind).length;
  console.log(
    `${articleFile}: ${previousText === articleText ? "unchanged" : previousText ? "replaced" : "written"} (${article.passages.length} passages, ${article.repairs.length} layout notes)`,
  );
  console.log(
    `${proposalPath}: ${proposed.length} proposed facts (${byKind("backing")} backing, ${byKind("meeting")} meeting, ${byKind("deal-term")} deal-term)${kept.length ? `, ${kept.length} reviewed or rejected kept` : ""}`,
  );
  for (const f of proposed) console.log(`  ${f.id}: ${f.statement}`);
  if (alreadyKnown.length > 0)
    console.log(`  found again, already in the fact base: ${[...new Set(alreadyKnown.map((k) => k.id))].join(", ")}`);
  for (const [id, why] of rejected) console.log(`  left out ${id}: ${why}`);
  console.log(
    appended === undefined
      ? `${corpus.sources.entitiesFile}: no new entities`
      : `${corpus.sources.entitiesFile}: appended ${newEntities.length} new entities (${newEntities.map((e) => e.id).join(", ")})`,
  );
}

try {
  await main();
} catch (error) {
  if (!(error instanceof ImportError)) throw error;
  console.error(`${error.message}\n${USAGE}\nNothing was written.`);
  process.exitCode = 1;
}

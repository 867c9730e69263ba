// Loads content/ and checks it: every quote verbatim, every id and reference
// resolvable, conflicts mutual, dates consistent. Exits 1 on any problem.
import { parseArgs } from "node:util";
import { z } from "zod";
import { checkCorpus, ContentError, ContentFileError, formatSummary, loadCorpus, summarizeCorpus } from "../content";

const USAGE = "usage: npm run content:check [-- --root <content dir>]";
const argsSchema = z.strictObject({ root: z.string().min(1).default("content") });

function readArgs(argv: string[]): z.infer<typeof argsSchema> | undefined {
  try {
    const { values } = parseArgs({ args: argv, options: { root: { type: "string" } }, strict: true });
    return argsSchema.parse(values);
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return undefined;
  }
}

async function main(): Promise<number> {
  const args = readArgs(process.argv.slice(2));
  if (!args) return 1;
  let corpus;
  try {
    corpus = await loadCorpus(args.root);
  } catch (error) {
    if (error instanceof ContentFileError) {
      for (const problem of error.problems) console.error(`${error.file}: ${problem}`);
      return 1;
    }
    if (error instanceof ContentError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  const problems = checkCorpus(corpus, corpus.sources);
  for (const p of problems) console.error(`${p.file}: [${p.code}] ${p.message}`);
  const summary = summarizeCorpus(corpus);
  const kinds = Object.entries(summary.factsByKind).map(([kind, n]) => `${n} ${kind}`).join(", ");
  console.log(`${formatSummary(summary)} (${kinds})`);
  if (problems.length > 0) console.error(`${problems.length} problem${problems.length === 1 ? "" : "s"} found`);
  return problems.length > 0 ? 1 : 0;
}

process.exitCode = await main();

// Loads content/ and checks it: every quote verbatim, every id and reference
// resolvable, conflicts mutual, dates consistent. Exits 1 on any problem.
import { checkCorpus, formatSummary, summarizeCorpus } from "../facts";
import { loadCorpusForCli, readRootArg } from "./corpus-cli";

const USAGE = "usage: npm run content:check [-- --root <content dir>]";

async function main(): Promise<number> {
  const args = readRootArg(process.argv.slice(2), USAGE);
  if (!args) return 1;
  const corpus = await loadCorpusForCli(args.root);
  if (!corpus) return 1;
  const problems = checkCorpus(corpus, corpus.sources);
  for (const p of problems) console.error(`${p.file}: [${p.code}] ${p.message}`);
  const summary = summarizeCorpus(corpus);
  const kinds = Object.entries(summary.factsByKind)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(", ");
  console.log(`${formatSummary(summary)} (${kinds})`);
  if (problems.length > 0) console.error(`${problems.length} problem${problems.length === 1 ? "" : "s"} found`);
  return problems.length > 0 ? 1 : 0;
}

process.exitCode = await main();

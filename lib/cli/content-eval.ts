// Scores the rule-based extractor: runs it over the articles that have reviewed
// facts (the seed articles) with the known entities, and prints precision and
// recall per core kind against the reviewed facts of those kinds. How a
// proposed fact is matched to a reviewed one is documented in
// lib/facts/extract/evaluate.ts.
import { parseArgs } from "node:util";
import { z } from "zod";
import { CORE_KINDS, evaluate, extractFacts, type Fact, type KindScore } from "../facts";
import { loadCorpusForCli } from "./corpus-cli";

const USAGE = "usage: npm run content:eval [-- --root <content dir>] [--verbose]";
const argsSchema = z.strictObject({
  root: z.string().min(1).default("content"),
  verbose: z.boolean().default(false),
});

function readArgs(argv: string[]): z.infer<typeof argsSchema> | undefined {
  try {
    const { values } = parseArgs({ args: argv, options: { root: { type: "string" }, verbose: { type: "boolean" } }, strict: true });
    return argsSchema.parse(values);
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return undefined;
  }
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);

function row(label: string, s: Pick<KindScore, "proposed" | "reviewed" | "correct" | "recalled" | "precision" | "recall">): string {
  return `${label.padEnd(10)} ${pct(s.precision)} ${pct(s.recall)}   ${`${s.correct}/${s.proposed}`.padStart(6)}   ${`${s.recalled}/${s.reviewed}`.padStart(6)}`;
}

async function main(): Promise<number> {
  const args = readArgs(process.argv.slice(2));
  if (!args) return 1;
  const corpus = await loadCorpusForCli(args.root);
  if (!corpus) return 1;

  const isCore = (f: Fact) => (CORE_KINDS as readonly string[]).includes(f.kind);
  const reviewed = corpus.facts.filter((f) => f.status === "reviewed");
  // Only articles some reviewed fact cites have an answer key.
  const cited = new Set(reviewed.flatMap((f) => f.evidence.map((e) => e.article)));
  const articles = corpus.articles.filter((a) => cited.has(a.slug));
  const key = reviewed.filter(isCore).filter((f) => f.evidence.some((e) => cited.has(e.article)));

  const proposed = articles.flatMap((a) => extractFacts(a, { entities: corpus.entities }).facts);
  const result = evaluate(proposed, key);

  console.log(`Extractor on ${articles.length} articles with reviewed facts (${key.length} reviewed core facts)\n`);
  console.log(`${"kind".padEnd(10)} ${"prec.".padStart(7)} ${"recall".padStart(7)}   ${"right".padStart(6)}   ${"found".padStart(6)}`);
  for (const s of result.kinds) console.log(row(s.kind, s));
  console.log(row("overall", result.overall));

  const misses = result.kinds.flatMap((s) => [
    ...s.unmatchedProposed.map((id) => `  proposed, matches no reviewed fact: ${id}`),
    ...s.missedReviewed.map((id) => `  reviewed, not found: ${id}`),
  ]);
  if (misses.length > 0) console.log(`\n${misses.join("\n")}`);
  if (args.verbose) {
    console.log("\nProposed facts:");
    for (const f of proposed) console.log(`  ${f.id}: ${f.statement}`);
  }
  return 0;
}

process.exitCode = await main();

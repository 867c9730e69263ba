// Scores the rule-based extractor, kind by kind, on two answer keys:
// - the seeds: the articles of --root (content/) that reviewed facts cite, with
//   the seeds' own entities known (the rules were first written from these),
//   all articles together since one reviewed fact often cites several;
// - an evaluation corpus written for the project (--eval, by default
//   tests/fixtures/eval): articles the rules were not written from, run with
//   only the seeds' entities known, so the extractor must name new people,
//   places and agreements itself. Articles named held-out-* are scored on their
//   own: no rule was tuned on them.
// Each article is scored against the gold facts that cite it. How a proposed
// fact is matched to a gold one is documented in lib/facts/extract/evaluate.ts;
// every false positive and every miss is printed with its statement.
import { parseArgs } from "node:util";
import { z } from "zod";
import type { Article } from "../content";
import {
  alignEntities,
  combine,
  evaluate,
  extractFacts,
  renameEntities,
  type Counts,
  type Entity,
  type Evaluation,
  type Fact,
} from "../facts";
import { loadCorpusForCli } from "./corpus-cli";

const USAGE =
  "usage: npm run content:eval [-- --root <content dir>] [--eval <corpus dir>] [--only seeds|eval] [--verbose]";
const argsSchema = z.strictObject({
  root: z.string().min(1).default("content"),
  eval: z.string().min(1).default("tests/fixtures/eval"),
  only: z.enum(["seeds", "eval"]).optional(),
  verbose: z.boolean().default(false),
});

function readArgs(argv: string[]): z.infer<typeof argsSchema> | undefined {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        root: { type: "string" },
        eval: { type: "string" },
        only: { type: "string" },
        verbose: { type: "boolean" },
      },
      strict: true,
    });
    return argsSchema.parse(values);
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return undefined;
  }
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);

function row(label: string, s: Counts): string {
  return `${label.padEnd(10)} ${pct(s.precision)} ${pct(s.recall)}   ${`${s.correct}/${s.proposed}`.padStart(7)}   ${`${s.recalled}/${s.reviewed}`.padStart(7)}`;
}

function printTable(title: string, result: Evaluation, verbose: boolean, details = true): void {
  console.log(`\n${title}\n`);
  console.log(
    `${"kind".padEnd(10)} ${"prec.".padStart(7)} ${"recall".padStart(7)}   ${"right".padStart(7)}   ${"found".padStart(7)}`,
  );
  for (const s of result.kinds) console.log(row(s.kind, s));
  console.log(row("core", result.core));
  console.log(row("all kinds", result.overall));
  const where = (f: Fact) => `${f.evidence[0]?.article ?? "?"} ${f.evidence[0]?.passage ?? ""}`.trim();
  const lines = result.kinds.flatMap((s) => [
    ...s.falsePositives.map((f) => `  false positive (${s.kind}, ${where(f)}): ${f.statement}`),
    ...s.misses.map((f) => `  missed (${s.kind}, ${where(f)}): ${f.id}: ${f.statement}`),
  ]);
  // The held-out article's misses stay hidden: reading them is tuning on it.
  if (!details) return;
  if (lines.length > 0)
    console.log(
      `\n${(verbose ? lines : lines.filter((l) => !/\((?:figure|role|event|motive|claim|relation),/.test(l))).join("\n")}`,
    );
  if (!verbose && lines.length > 0) console.log("  (misses and false positives of the other kinds: --verbose)");
}

/** Each article's proposed facts scored against the gold facts that cite it, with new entities matched by name. */
function scoreArticles(
  articles: readonly Article[],
  gold: readonly Fact[],
  known: readonly Entity[],
  goldEntities: readonly Entity[],
): Evaluation {
  return combine(
    articles.map((article) => {
      const extraction = extractFacts(article, { entities: known, typedOnly: true });
      const map = alignEntities(extraction.entities, goldEntities);
      const proposed = extraction.facts.map((f) => renameEntities(f, map));
      const key = gold.filter((f) => f.evidence.some((e) => e.article === article.slug));
      return evaluate(proposed, key);
    }),
  );
}

async function main(): Promise<number> {
  const args = readArgs(process.argv.slice(2));
  if (!args) return 1;
  const seeds = await loadCorpusForCli(args.root);
  if (!seeds) return 1;

  if (args.only !== "eval") {
    const reviewed = seeds.facts.filter((f) => f.status === "reviewed");
    // Only articles some reviewed fact cites have an answer key.
    const cited = new Set(reviewed.flatMap((f) => f.evidence.map((e) => e.article)));
    const articles = seeds.articles.filter((a) => cited.has(a.slug));
    // One reviewed fact often cites several seed articles: found in any of them, it is found.
    const proposed = articles.flatMap((a) => extractFacts(a, { entities: seeds.entities, typedOnly: true }).facts);
    const result = evaluate(proposed, reviewed);
    printTable(
      `Seeds (${args.root}): ${articles.length} articles, ${result.overall.reviewed} reviewed facts`,
      result,
      args.verbose,
    );
  }

  if (args.only !== "seeds") {
    const corpus = await loadCorpusForCli(args.eval);
    if (!corpus) return 1;
    const gold = corpus.facts.filter((f) => f.status === "reviewed");
    const heldOut = corpus.articles.filter((a) => a.slug.startsWith("held-out-"));
    const rest = corpus.articles.filter((a) => !a.slug.startsWith("held-out-"));
    const main = scoreArticles(rest, gold, seeds.entities, corpus.entities);
    printTable(
      `Evaluation corpus (${args.eval}): ${rest.length} articles, ${main.overall.reviewed} gold facts`,
      main,
      args.verbose,
    );
    if (heldOut.length > 0) {
      const held = scoreArticles(heldOut, gold, seeds.entities, corpus.entities);
      printTable(
        `Held out (${heldOut.map((a) => a.slug).join(", ")}): ${held.overall.reviewed} gold facts`,
        held,
        args.verbose,
        false,
      );
      const gap = (a: number, b: number) => `${(100 * (a - b)).toFixed(1)} points`;
      console.log(
        `\nHeld-out minus the rest, core kinds: precision ${gap(held.core.precision, main.core.precision)}, recall ${gap(held.core.recall, main.core.recall)}`,
      );
    }
  }
  return 0;
}

process.exitCode = await main();

// Times generateBank on synthetic corpora of 10, 100 and 1,000 articles (and on
// content/ when present) and prints a markdown table for bench/RESULTS.md.
// Run: npx tsx bench/bank-generation.ts
import { existsSync } from "node:fs";
import { loadCorpus } from "../lib/facts";
import type { Corpus } from "../lib/facts/corpus";
import { checkBank, generateBank } from "../lib/questions";
import { syntheticCorpus } from "./synthetic-corpus";

type Row = {
  label: string;
  articles: number;
  facts: number;
  questions: number;
  ms: number;
  cpuMs: number;
  problems: number;
};

/**
 * Best of `runs` (the first run pays for JIT warm-up, which is not what we measure).
 * CPU time is reported beside wall time: on a shared machine it is the steadier figure.
 */
function time(corpus: Corpus, runs: number): { ms: number; cpuMs: number; questions: number } {
  let best = Number.POSITIVE_INFINITY;
  let bestCpu = Number.POSITIVE_INFINITY;
  let questions = 0;
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    questions = generateBank(corpus).length;
    const used = process.cpuUsage(cpu);
    best = Math.min(best, performance.now() - started);
    bestCpu = Math.min(bestCpu, (used.user + used.system) / 1000);
  }
  return { ms: best, cpuMs: bestCpu, questions };
}

function row(label: string, corpus: Corpus, runs: number): Row {
  const { ms, cpuMs, questions } = time(corpus, runs);
  // Checked once, outside the timing: a fast bank that fails its checks is no result.
  const problems = checkBank(generateBank(corpus), corpus).length;
  return { label, articles: corpus.articles.length, facts: corpus.facts.length, questions, ms, cpuMs, problems };
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  if (existsSync("content/entities.yaml")) rows.push(row("seed corpus (content/)", await loadCorpus("content"), 5));
  for (const [articles, runs] of [
    [10, 5],
    [100, 3],
    [1000, 1],
  ] as const) {
    rows.push(row("synthetic", syntheticCorpus(articles, 42), runs));
  }
  console.log("| corpus | articles | facts | questions | ms | CPU ms | failing checks |");
  console.log("|---|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    console.log(
      `| ${r.label} | ${r.articles} | ${r.facts} | ${r.questions} | ${r.ms.toFixed(0)} | ${r.cpuMs.toFixed(0)} | ${r.problems} |`,
    );
  }
  console.log(`\nNode ${process.version}; best of 5/5/3/1 runs; generateBank only (checks run separately).`);
}

await main();

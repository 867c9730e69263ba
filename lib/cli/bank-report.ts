// Reports on the question bank of content/: questions per kind and topic, facts
// without any question, and every question that fails its checks. Exits 1 on any
// failing question (or a fact with no question at all).
import { buildBank, checkBank, QUESTION_KINDS, TOPICS } from "../questions";
import { loadCorpusForCli, readRootArg } from "./corpus-cli";

const USAGE = "usage: npm run bank:report [-- --root <content dir>]";

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  const line = (r: string[]) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(" | ")} |`;
  const [head, ...body] = rows;
  return [line(head ?? []), `|${widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`, ...body.map(line)].join("\n");
}

async function main(): Promise<number> {
  const args = readRootArg(process.argv.slice(2), USAGE);
  if (!args) return 1;
  const corpus = await loadCorpusForCli(args.root);
  if (!corpus) return 1;
  const started = performance.now();
  const { questions, dropped } = buildBank(corpus);
  const ms = performance.now() - started;
  const problems = checkBank(questions, corpus);

  const topics = TOPICS.filter((t) => questions.some((q) => q.topic === t));
  const rows = [["kind", ...topics, "total"]];
  for (const kind of QUESTION_KINDS) {
    const ofKind = questions.filter((q) => q.kind === kind);
    rows.push([kind, ...topics.map((t) => String(ofKind.filter((q) => q.topic === t).length)), String(ofKind.length)]);
  }
  rows.push(["total", ...topics.map((t) => String(questions.filter((q) => q.topic === t).length)), String(questions.length)]);
  const proposed = questions.filter((q) => q.status === "proposed").length;
  console.log(
    `${questions.length} questions (${proposed} proposed) from ${corpus.facts.length} facts in ${corpus.articles.length} articles, generated in ${ms.toFixed(0)} ms\n`,
  );
  console.log(table(rows));

  const covered = new Set(questions.flatMap((q) => q.factIds));
  const uncovered = corpus.facts.filter((f) => f.status !== "rejected" && !covered.has(f.id));
  const rejected = corpus.facts.filter((f) => f.status === "rejected").length;
  console.log(`\nFacts without any question: ${uncovered.length === 0 ? "none" : ""}${rejected > 0 ? ` (${rejected} rejected facts get none by design)` : ""}`);
  for (const f of uncovered) console.log(`  ${f.id} (${f.kind})`);

  // Drafts the generator made and then set aside: not failures, but worth reading.
  if (dropped.length > 0) {
    console.log(`\nDrafts set aside during generation: ${dropped.length}`);
    for (const d of dropped) console.log(`  ${d.id}: ${d.reason}`);
  }

  console.log(`\nFailing questions: ${problems.length === 0 ? "none" : ""}`);
  for (const p of problems) console.log(`  ${p.questionId}: [${p.code}] ${p.message}`);
  return problems.length > 0 || uncovered.length > 0 ? 1 : 0;
}

process.exitCode = await main();

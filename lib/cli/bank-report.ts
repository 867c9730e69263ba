// Reports on the question bank of content/: questions per kind and topic, facts
// without any question, every question that fails its checks, the item-writing
// lint's flaws per code and kind, and the test-wise solver against chance. Exits 1
// on any failing question, a fact with no question, or a serious flaw; with
// --targets, also when a target of the bank's quality is not met.
import { parseArgs } from "node:util";
import { z } from "zod";
import { buildBank, checkBank, QUESTION_KINDS, TOPICS, type Question } from "../questions";
import { createContext } from "../questions/context";
import { bankStats, FLAW_CODES, lintBank, lintQuestion, SEVERITIES, targetChecks, type Flaw } from "../questions/lint";
import { solverReport } from "../questions/solver";
import { loadCorpusForCli } from "./corpus-cli";
import { importanceOf } from "../questions/choose";

const USAGE = "usage: npm run bank:report [-- --root <content dir>] [--targets] [--flaws <code>]";

const argsSchema = z.strictObject({
  root: z.string().min(1).default("content"),
  targets: z.boolean().default(false),
  /** List every question with this flaw code ("all" for every flawed question). */
  flaws: z.string().optional(),
});

function readArgs(argv: string[]): z.infer<typeof argsSchema> | undefined {
  try {
    const { values } = parseArgs({
      args: argv,
      options: { root: { type: "string" }, targets: { type: "boolean" }, flaws: { type: "string" } },
      strict: true,
    });
    return argsSchema.parse(values);
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return undefined;
  }
}

const pct = (x: number) => (x * 100).toFixed(1);

function printLint(questions: Question[], flaws: Map<string, Flaw[]>, show: string | undefined): void {
  const all = questions.flatMap((q) => (flaws.get(q.id) ?? []).map((f) => ({ q, f })));
  const codes = FLAW_CODES.filter((c) => all.some((x) => x.f.code === c));
  const kinds = QUESTION_KINDS.filter((k) => questions.some((q) => q.kind === k));
  const rows = [["flaw", ...SEVERITIES, ...kinds, "total"]];
  for (const code of codes) {
    const of = all.filter((x) => x.f.code === code);
    rows.push([
      code,
      ...SEVERITIES.map((s) => String(of.filter((x) => x.f.severity === s).length)),
      ...kinds.map((k) => String(of.filter((x) => x.q.kind === k).length)),
      String(of.length),
    ]);
  }
  rows.push([
    "total",
    ...SEVERITIES.map((s) => String(all.filter((x) => x.f.severity === s).length)),
    ...kinds.map((k) => String(all.filter((x) => x.q.kind === k).length)),
    String(all.length),
  ]);
  const flagged = questions.filter((q) => (flaws.get(q.id) ?? []).some((f) => f.severity !== "minor")).length;
  console.log(`\nItem-writing lint: ${flagged} of ${questions.length} questions have a serious or moderate flaw\n`);
  console.log(codes.length === 0 ? "no flaws" : table(rows));
  for (const { q, f } of all) {
    if (f.severity === "serious" || show === "all" || show === f.code)
      console.log(`  ${q.id}: [${f.severity} ${f.code}] ${f.message}`);
  }
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  const line = (r: string[]) =>
    `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(" | ")} |`;
  const [head, ...body] = rows;
  return [
    line(head ?? []),
    `|${widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`,
    ...body.map(line),
  ].join("\n");
}

async function main(): Promise<number> {
  const args = readArgs(process.argv.slice(2));
  if (!args) return 1;
  const corpus = await loadCorpusForCli(args.root);
  if (!corpus) return 1;
  const started = performance.now();
  const { questions, dropped, candidates } = buildBank(corpus);
  const ms = performance.now() - started;
  const problems = checkBank(questions, corpus);

  const topics = TOPICS.filter((t) => questions.some((q) => q.topic === t));
  const rows = [["kind", ...topics, "total"]];
  for (const kind of QUESTION_KINDS) {
    const ofKind = questions.filter((q) => q.kind === kind);
    rows.push([kind, ...topics.map((t) => String(ofKind.filter((q) => q.topic === t).length)), String(ofKind.length)]);
  }
  rows.push([
    "total",
    ...topics.map((t) => String(questions.filter((q) => q.topic === t).length)),
    String(questions.length),
  ]);
  const proposed = questions.filter((q) => q.status === "proposed").length;
  console.log(
    `${questions.length} questions (${proposed} proposed) from ${corpus.facts.length} facts in ${corpus.articles.length} articles, generated in ${ms.toFixed(0)} ms\n`,
  );
  console.log(table(rows));

  const covered = new Set(questions.flatMap((q) => q.factIds));
  const uncovered = corpus.facts.filter((f) => f.status !== "rejected" && !covered.has(f.id));
  const rejected = corpus.facts.filter((f) => f.status === "rejected").length;
  console.log(
    `\nFacts without any question: ${uncovered.length === 0 ? "none" : ""}${rejected > 0 ? ` (${rejected} rejected facts get none by design)` : ""}`,
  );
  // Unasked because every draft has a flaw, or (core facts) because the one clean draft is a true
  // statement the true/false share leaves out: the facts a new generator should reach next.
  for (const f of uncovered) console.log(`  ${f.id} (${f.kind}, ${importanceOf(f)})`);

  // Drafts the generator made and then set aside: not failures, but worth reading.
  if (dropped.length > 0) {
    console.log(`\nDrafts set aside during generation: ${dropped.length}`);
    for (const d of dropped) console.log(`  ${d.id}: ${d.reason}`);
  }

  console.log(`\nFailing questions: ${problems.length === 0 ? "none" : ""}`);
  for (const p of problems) console.log(`  ${p.questionId}: [${p.code}] ${p.message}`);

  const ctx = createContext(corpus);
  const flaws = lintBank(questions, ctx);
  printLint(questions, flaws, args.flaws);

  const solver = solverReport(questions);
  console.log("\nTest-wise solver (surface cues only, graded by the real grader) against a random answer:\n");
  console.log(
    table([
      ["kind", "n", "solver %", "chance %", "difference"],
      ...solver.map((r) => [
        r.kind,
        String(r.n),
        pct(r.solver),
        pct(r.chance),
        `${r.difference >= 0 ? "+" : ""}${pct(r.difference)}`,
      ]),
    ]),
  );

  const stats = bankStats(questions, flaws, solver);
  const checks = targetChecks(stats);
  console.log(`\nTargets${args.targets ? "" : " (reported; enforced with --targets)"}:`);
  for (const c of checks) console.log(`  ${c.pass ? "PASS" : "FAIL"}  ${c.name}: ${c.actual}`);

  const failedTargets = args.targets && checks.some((c) => !c.pass);
  // A fact may go unasked when every draft of it is flawed; a core fact only when its one clean draft
  // is a true statement, which the true/false share leaves out.
  const missed = uncovered.filter(
    (f) =>
      importanceOf(f) === "core" &&
      candidates.some(
        (q) =>
          q.factIds.includes(f.id) &&
          !(q.kind === "true-false" && q.answers[0] === "True") &&
          !lintQuestion(q, ctx).some((x) => x.severity !== "minor"),
      ),
  );
  for (const f of missed) console.log(`\nCore fact left out although it has a clean item: ${f.id}`);
  return problems.length > 0 || missed.length > 0 || stats.serious > 0 || failedTargets ? 1 : 0;
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

process.exitCode = await main();

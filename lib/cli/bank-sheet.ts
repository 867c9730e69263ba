// npm run -s bank:sheet [-- --root <content dir>] [--part 1/3]: the bank as a review
// sheet for a teacher's audit (docs/QUALITY.md): each item as a learner sees it,
// its key, the lint's flaws, and the whole passage each quote comes from, so an
// auditor judges the item against the article, not against the generator's summary.
import { parseArgs } from "node:util";
import { z } from "zod";
import { buildBank, type Question } from "../questions";
import { createContext } from "../questions/context";
import { clash, lintBank } from "../questions/lint";
import { questionStem } from "../questions/stem";
import { loadCorpusForCli } from "./corpus-cli";

const USAGE = "usage: npm run -s bank:sheet [-- --root <content dir>] [--part <k>/<n>]";
const argsSchema = z.strictObject({
  root: z.string().min(1).default("content"),
  part: z
    .string()
    .regex(/^\d+\/\d+$/, "--part is k/n, such as 1/3")
    .default("1/1")
    .transform((s) => s.split("/").map(Number) as [number, number])
    .refine(([k, n]) => n >= 1 && k >= 1 && k <= n, "--part k/n needs 1 <= k <= n"),
});

function options(q: Question): string[] {
  switch (q.kind) {
    case "matching":
      return [`Left: ${q.left.join(" | ")}`, `Right: ${q.right.join(" | ")}`];
    case "true-false":
    case "evidence":
      return [`Statement: ${q.statement}`, ...q.choices.map((c) => `- ${c}`)];
    case "cloze":
      return [`Text: ${q.text}`, ...q.choices.map((c) => `- ${c}`)];
    default:
      return q.choices.map((c) => `- ${c}`);
  }
}

async function main(): Promise<number> {
  let args: z.infer<typeof argsSchema>;
  try {
    const { values } = parseArgs({
      args: process.argv.slice(2),
      options: { root: { type: "string" }, part: { type: "string" } },
      strict: true,
    });
    args = argsSchema.parse(values);
  } catch (error) {
    console.error(`${error instanceof z.ZodError ? z.prettifyError(error) : (error as Error).message}\n${USAGE}`);
    return 1;
  }
  const corpus = await loadCorpusForCli(args.root);
  if (!corpus) return 1;
  const { questions } = buildBank(corpus);
  const flaws = lintBank(questions, createContext(corpus));
  const passages = new Map(corpus.articles.flatMap((a) => a.passages.map((p) => [`${a.slug}#${p.id}`, p.text])));
  const [k, n] = args.part;
  const per = Math.ceil(questions.length / n);
  const share = questions.slice((k - 1) * per, k * per);
  const out: string[] = [
    `# Review sheet: items ${(k - 1) * per + 1} to ${(k - 1) * per + share.length} of ${questions.length}\n`,
  ];
  share.forEach((q, i) => {
    out.push(`## ${(k - 1) * per + i + 1}. ${q.kind}${q.aim ? ` (${q.aim})` : ""} · ${q.id}`);
    out.push(`Facts: ${q.factIds.join(", ")}`);
    out.push(`**${questionStem(q)}**`);
    out.push(...options(q));
    out.push(`Key: ${q.answers.join(" ; ")}`);
    out.push(`Explanation: ${q.explanation}`);
    const own = (flaws.get(q.id) ?? []).filter((f) => f.code !== "gives-away");
    out.push(`Lint: ${own.length ? own.map((f) => `${f.severity} ${f.code}`).join(", ") : "none"}`);
    // Enemy items are never served in one quiz (quiz.ts): a reviewer judges this item without them.
    const enemies = questions.flatMap((other, j) => (clash(q, other) ? [String(j + 1)] : []));
    if (enemies.length > 0) out.push(`Enemies (never in one quiz with this one): items ${enemies.join(", ")}`);
    for (const e of q.evidence) {
      out.push(`> Quote (${e.article} ${e.passage}): ${e.quote}`);
      out.push(`> Whole passage: ${passages.get(`${e.article}#${e.passage}`) ?? "(missing)"}`);
    }
    out.push("");
  });
  process.stdout.write(out.join("\n"));
  return 0;
}

process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

process.exitCode = await main();

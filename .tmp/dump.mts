import { loadCorpus } from "../lib/content";
import { generateBank } from "../lib/questions";
const corpus = await loadCorpus("/work/wt-gen/content");
const bank = generateBank(corpus);
const kind = process.argv[2];
for (const q of bank) {
  if (kind && q.kind !== kind) continue;
  const extra = q.kind === "matching" ? ` L=${JSON.stringify(q.left)} R=${JSON.stringify(q.right)}` : "";
  console.log(
    `[${q.kind}] ${q.prompt}\n   choices: ${q.choices.join(" | ")}\n   key: ${q.answers.join(" | ")}${extra}\n   facts: ${q.factIds.join(",")}`,
  );
}

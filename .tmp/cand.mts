import { loadCorpus } from "../lib/content";
import { buildBank } from "../lib/questions";
const corpus = await loadCorpus("content");
const { candidates, dropped } = buildBank(corpus);
for (const q of candidates)
  if (q.aim && q.aim !== "recall") console.log(q.kind, q.aim, q.prompt, q.answers.join(" > "));
for (const d of dropped) console.log("DROP", d.reason.slice(0, 200));

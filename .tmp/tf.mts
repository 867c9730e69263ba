import { buildBank } from "../lib/questions";
import { fixtureCorpus } from "../tests/fixtures/questions-corpus";
for (const q of buildBank(fixtureCorpus()).candidates)
  if (q.kind === "true-false") console.log(q.answers[0], q.factIds.join(","), q.prompt);

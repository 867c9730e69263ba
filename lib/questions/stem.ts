// The whole of what a question asks, as one line: a cloze keeps its sentence and a true/false or evidence
// item its statement wherever the item is listed (review, summaries, the bank, results, CSV), not only in
// the quiz where the sentence has its own place on screen.
import { assertNever } from "../domain/assert-never";
import type { Question } from "./schema";

export function questionStem(q: Question): string {
  switch (q.kind) {
    case "cloze":
      return `${q.prompt} ${q.text}`;
    case "true-false":
    case "evidence":
      // A prompt that already carries the statement is not followed by it again.
      return q.prompt.includes(q.statement) ? q.prompt : `${q.prompt} “${q.statement}”`;
    case "single-choice":
    case "multi-select":
    case "date":
    case "ordering":
    case "matching":
      return q.prompt;
    default:
      return assertNever(q);
  }
}

// What a learner's browser may see of a question before answering: no answers,
// no probe, no dates that give an ordering away.
import { shuffle } from "./random";
import { assertNever } from "../domain/assert-never";
import type { Question, QuestionKind, Topic } from "./schema";

export type QuestionView = {
  id: string;
  kind: QuestionKind;
  topic: Topic;
  prompt: string;
  choices: string[];
  /** cloze: the sentence with its blank. */
  text?: string;
  /** true-false and evidence: the statement to judge or prove. */
  statement?: string;
  /** matching: the items to match and the options. */
  left?: string[];
  right?: string[];
};

export function questionView(q: Question, seed: string): QuestionView {
  const base = { id: q.id, kind: q.kind, topic: q.topic, prompt: q.prompt, choices: q.choices };
  switch (q.kind) {
    case "cloze":
      return { ...base, text: q.text };
    case "true-false":
    case "evidence":
      return { ...base, statement: q.statement };
    case "matching":
      return { ...base, left: q.left, right: q.right };
    case "ordering": {
      // Never show the items in their right order to begin with.
      let items = shuffle(q.choices, `${seed}:${q.id}`);
      if (items.every((c, i) => c === q.answers[i])) items = [...items.slice(1), ...items.slice(0, 1)];
      return { ...base, choices: items };
    }
    case "single-choice":
    case "multi-select":
    case "date":
      return base;
    default:
      return assertNever(q);
  }
}

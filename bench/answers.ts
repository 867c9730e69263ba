// Answers the bench submits and seeds: the right one, or a plausible wrong one,
// for every question kind, so grading, partial credit and the missed-question
// deck all do their real work.
import { MATCH_ARROW, type Answer, type Question } from "../lib/questions";
import { FALSE, TRUE } from "../lib/questions/kinds/true-false";

export function rightAnswer(q: Question): Answer {
  switch (q.kind) {
    case "single-choice":
    case "evidence":
      return { kind: q.kind, choice: q.answers[0] ?? "" };
    case "multi-select":
      return { kind: q.kind, choices: [...q.answers] };
    case "true-false":
      return { kind: q.kind, value: q.answers[0] === TRUE };
    case "cloze":
    case "date":
      return { kind: q.kind, text: q.answers[0] ?? "" };
    case "ordering":
      return { kind: q.kind, order: [...q.answers] };
    case "matching":
      return {
        kind: q.kind,
        pairs: q.answers.map((a) => {
          const [left = "", right = ""] = a.split(MATCH_ARROW);
          return { left, right };
        }),
      };
  }
}

/** A wrong answer; `n` varies which one, so wrong answers are not all alike. */
export function wrongAnswer(q: Question, n: number): Answer {
  const wrongChoices = q.choices.filter((c) => !q.answers.includes(c));
  const pick = wrongChoices.length ? wrongChoices[n % wrongChoices.length] : undefined;
  switch (q.kind) {
    case "single-choice":
    case "evidence":
      return { kind: q.kind, choice: pick ?? "none of these" };
    case "multi-select":
      return { kind: q.kind, choices: pick ? [pick] : [] };
    case "true-false":
      return { kind: q.kind, value: q.answers[0] === FALSE };
    case "cloze":
      return { kind: q.kind, text: "nobody in particular" };
    case "date":
      return { kind: q.kind, text: pick ?? "1 January 1900" };
    case "ordering":
      return { kind: q.kind, order: [...q.answers].reverse() };
    case "matching": {
      const right = rightAnswer(q);
      if (right.kind !== "matching") return right;
      // Every left item gets the next one's partner: mostly wrong, sometimes right by chance.
      return {
        kind: q.kind,
        pairs: right.pairs.map((p, i) => ({
          left: p.left,
          right: right.pairs[(i + 1) % right.pairs.length]?.right ?? p.right,
        })),
      };
    }
  }
}

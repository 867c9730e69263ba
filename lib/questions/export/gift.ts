// Moodle GIFT: one question per block, grouped into categories by topic. Ordering
// has no GIFT kind, so it is written as matching positions to items.
import type { Corpus } from "../../facts/corpus";
import { CLOZE_BLANK, MATCH_ARROW, type Question } from "../schema";
import { articlesOf, citation, displayPrompt } from "./display";

/** GIFT's special characters ~ = # { } : are escaped with a backslash, as is the backslash. */
export function escapeGift(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/[~=#{}:]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, "\\n");
}

/** Moodle accepts only certain percentages; 100/n for n up to 10 is among them. */
function percent(n: number): string {
  return Number((100 / n).toFixed(5)).toString();
}

const ORDINALS = ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th"];

function body(q: Question): string {
  const e = escapeGift;
  switch (q.kind) {
    case "single-choice":
    case "date":
    case "evidence":
      return q.choices.map((c) => (q.answers.includes(c) ? `=${e(c)}` : `~${e(c)}`)).join(" ");
    case "multi-select": {
      const wrong = q.choices.filter((c) => !q.answers.includes(c));
      return q.choices
        .map((c) =>
          q.answers.includes(c) ? `~%${percent(q.answers.length)}%${e(c)}` : `~%-${percent(wrong.length)}%${e(c)}`,
        )
        .join(" ");
    }
    case "true-false":
      return q.answers[0] === "True" ? "TRUE" : "FALSE";
    case "cloze":
      return q.answers.map((a) => `=${e(a)}`).join(" ");
    case "ordering":
      return q.answers.map((item, i) => `=${ORDINALS[i] ?? `${i + 1}th`} -> ${e(item)}`).join(" ");
    case "matching":
      return q.answers
        .map((a) => {
          const [left = "", right = ""] = a.split(MATCH_ARROW);
          return `=${e(left)} -> ${e(right)}`;
        })
        .join(" ");
  }
}

function questionText(q: Question): string {
  if (q.kind === "ordering") return `${q.prompt} Match each position to the item that happened then.`;
  return displayPrompt(q);
}

export function formatGift(questions: readonly Question[], corpus: Corpus): string {
  const articles = articlesOf(corpus);
  const blocks: string[] = [];
  let category = "";
  const sorted = [...questions].sort((a, b) => (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : 0));
  for (const q of sorted) {
    if (q.topic !== category) {
      category = q.topic;
      blocks.push(`$CATEGORY: $course$/Sourced/${category}`);
    }
    const sources = q.evidence.map((ev) => citation(ev, articles)).join(" ");
    const feedback = escapeGift(`${q.explanation}${sources ? ` Source: ${sources}` : ""}`);
    const text = escapeGift(questionText(q));
    const answerBlock = `{${body(q)} ####${feedback}}`;
    // A cloze keeps its blank where it stands: the answers go in its place ("missing word").
    const filled =
      q.kind === "cloze" && text.includes(CLOZE_BLANK)
        ? text.replace(CLOZE_BLANK, answerBlock)
        : `${text}${answerBlock}`;
    blocks.push(`// ${q.id} (${q.status})\n::${escapeGift(q.id)}::${filled}`);
  }
  return `${blocks.join("\n\n")}\n`;
}

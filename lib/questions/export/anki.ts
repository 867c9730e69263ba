// Anki-importable text: tab-separated front, back and tags, with Anki's file headers.
// Fields are HTML (escaped), so tabs and line breaks inside them never break a row.
import type { Corpus } from "../../facts/corpus";
import { MATCH_ARROW, type Question } from "../schema";
import { articlesOf, citation, displayPrompt } from "./display";

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\t/g, " ")
    .replace(/\r?\n/g, "<br>");
}

function list(items: readonly string[], ordered = false): string {
  const tag = ordered ? "ol" : "ul";
  return `<${tag}>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</${tag}>`;
}

function front(q: Question): string {
  const prompt = escapeHtml(displayPrompt(q));
  switch (q.kind) {
    case "single-choice":
    case "multi-select":
    case "date":
    case "evidence":
    case "ordering":
      return `${prompt}${list(q.choices)}`;
    case "matching":
      return `${prompt}${list(q.left)}<br>Options:${list(q.right)}`;
    case "true-false":
    case "cloze":
      return prompt;
  }
}

function back(q: Question, corpus: Corpus): string {
  const articles = articlesOf(corpus);
  const answer =
    q.kind === "ordering"
      ? list(q.answers, true)
      : q.kind === "matching"
        ? list(q.answers.map((a) => a.replace(MATCH_ARROW, " → ")))
        : q.kind === "cloze"
          ? escapeHtml(q.answers[0] ?? "")
          : q.answers.map(escapeHtml).join("<br>");
  const sources = q.evidence.map((ev) => `<blockquote>${escapeHtml(citation(ev, articles))}</blockquote>`).join("");
  return `${answer}<hr>${escapeHtml(q.explanation)}${sources}`;
}

/** Anki tags are space-separated words; "::" makes them hierarchical. */
function tags(q: Question): string {
  const safe = (s: string) => s.replace(/\s+/g, "_");
  return [
    "sourced",
    `topic::${q.topic}`,
    `kind::${q.kind}`,
    `status::${q.status}`,
    ...q.articles.map((a) => `article::${a}`),
  ]
    .map(safe)
    .join(" ");
}

export function formatAnkiTsv(questions: readonly Question[], corpus: Corpus): string {
  const header = ["#separator:tab", "#html:true", "#columns:Front\tBack\tTags", "#tags column:3"];
  const rows = questions.map((q) => [front(q), back(q, corpus), tags(q)].join("\t"));
  return `${[...header, ...rows].join("\n")}\n`;
}

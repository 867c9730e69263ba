// How a question reads as plain text, for formats that only carry text.
import type { Article } from "../../content/schema";
import type { Corpus } from "../../facts/corpus";
import type { Question, QuestionEvidence } from "../schema";

/** The question as one text: a cloze question with its sentence, others as they are. */
export function displayPrompt(q: Question): string {
  return q.kind === "cloze" ? `${q.prompt} ${q.text}` : q.prompt;
}

/** “quote” — Title (Outlet, 2018-09-17), p3 */
export function citation(evidence: QuestionEvidence, articles: ReadonlyMap<string, Article>): string {
  const article = articles.get(evidence.article);
  const where = article
    ? `${article.title} (${[article.outlet, article.publishedOn].filter(Boolean).join(", ")})`
    : evidence.article;
  return `“${evidence.quote}” — ${where}, ${evidence.passage}`;
}

export function articlesOf(corpus: Corpus): Map<string, Article> {
  return new Map(corpus.articles.map((a) => [a.slug, a]));
}

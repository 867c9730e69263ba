// Every evidence entry must resolve: the article and passage exist and the quote
// occurs there verbatim, exactly once (or once with its prefix/suffix).
import type { Article } from "../../content/schema";
import { findQuoteInArticle } from "../../content/anchor";
import { PassageNotFoundError, QuoteAmbiguousError } from "../../content/errors";
import type { Check, Problem } from "./problem";
import { factProblem } from "./problem";

export const checkEvidence: Check = (corpus, locate) => {
  const articles = new Map<string, { article: Article; file: string }>();
  corpus.articles.forEach((article, i) =>
    articles.set(article.slug, { article, file: locate.article(i, article.slug) }),
  );

  const problems: Problem[] = [];
  corpus.facts.forEach((fact, i) => {
    const seen = new Set<string>();
    fact.evidence.forEach((ev, n) => {
      const where = `evidence ${n + 1} (${ev.article} ${ev.passage})`;
      const report = (code: Problem["code"], message: string) =>
        problems.push(factProblem(locate, i, fact, code, `${where}: ${message}`));
      const key = JSON.stringify([ev.article, ev.passage, ev.quote, ev.prefix, ev.suffix]);
      if (seen.has(key)) report("duplicate-evidence", `cites "${ev.quote}" twice`);
      seen.add(key);

      const found = articles.get(ev.article);
      if (!found) return report("unknown-article", `no article "${ev.article}"`);
      const result = findQuoteInArticle(found.article, ev.passage, ev);
      if (result.ok) return;
      const error = result.error;
      if (error instanceof PassageNotFoundError)
        return report("unknown-passage", `${found.file} has no passage ${ev.passage}`);
      const code = error instanceof QuoteAmbiguousError ? "quote-ambiguous" : "quote-not-found";
      report(code, `${error.message} in ${found.file}`);
    });
  });
  return problems;
};

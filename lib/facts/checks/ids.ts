// Ids must be unique: evidence and questions refer to articles, passages and facts by id.
import type { Check, Problem } from "./problem";
import { factProblem } from "./problem";

export const checkIds: Check = (corpus, locate) => {
  const problems: Problem[] = [];
  const slugs = new Set<string>();
  corpus.articles.forEach((article, i) => {
    const file = locate.article(i, article.slug);
    if (slugs.has(article.slug))
      problems.push({ code: "duplicate-article", file, message: `article slug "${article.slug}" is used twice` });
    slugs.add(article.slug);
    const ids = new Set<string>();
    for (const p of article.passages) {
      if (ids.has(p.id))
        problems.push({ code: "duplicate-passage", file, message: `passage id ${p.id} is used twice` });
      ids.add(p.id);
    }
  });
  const factIds = new Map<string, number>();
  corpus.facts.forEach((fact, i) => {
    const first = factIds.get(fact.id);
    if (first === undefined) factIds.set(fact.id, i);
    else problems.push(factProblem(locate, i, fact, "duplicate-fact", `id is also used in ${locate.fact(first)}`));
  });
  return problems;
};

// A fact's date must fit the articles that state it: an article cannot report
// as done something dated after it was written. Planned meetings and deadlines
// look ahead, so they may be later; a planned meeting still cannot be dated
// before every article that announces it.
import type { Fact, FactDate } from "../schema";
import type { Article } from "../../content/schema";
import type { Check, Problem } from "./problem";
import { factProblem } from "./problem";

type DatedPart = { label: string; date: FactDate; mayBeLater: boolean; planned: boolean };

function datedParts(fact: Fact): DatedPart[] {
  switch (fact.kind) {
    case "meeting":
      return fact.date
        ? [
            {
              label: fact.planned ? "planned meeting" : "meeting described as past",
              date: fact.date,
              mayBeLater: fact.planned,
              planned: fact.planned,
            },
          ]
        : [];
    case "event":
      return [{ label: "event", date: fact.date, mayBeLater: false, planned: false }];
    case "figure":
      return fact.asOf ? [{ label: "figure's as-of date", date: fact.asOf, mayBeLater: false, planned: false }] : [];
    case "deal-term":
      return fact.deadline ? [{ label: "deadline", date: fact.deadline, mayBeLater: true, planned: false }] : [];
    default:
      return [];
  }
}

/** A month is written as its first day and a year as 1 January, so comparisons use the period's start. */
function precisionMismatch(date: FactDate): string | undefined {
  if (date.precision === "month" && !date.on.endsWith("-01"))
    return `${date.on} has month precision, so write the 1st of the month`;
  if (date.precision === "year" && !date.on.endsWith("-01-01"))
    return `${date.on} has year precision, so write 1 January`;
  return undefined;
}

export const checkDates: Check = (corpus, locate) => {
  const published = new Map<string, Article["publishedOn"]>(corpus.articles.map((a) => [a.slug, a.publishedOn]));
  const problems: Problem[] = [];
  corpus.facts.forEach((fact, i) => {
    const citing = [...new Set(fact.evidence.map((e) => e.article))].flatMap((slug) => {
      const on = published.get(slug);
      return on === undefined ? [] : [{ slug, on }];
    });
    for (const part of datedParts(fact)) {
      const report = (code: Problem["code"], message: string) =>
        problems.push(factProblem(locate, i, fact, code, message));
      const precision = precisionMismatch(part.date);
      if (precision) report("date-precision", precision);
      if (!part.mayBeLater) {
        for (const a of citing.filter((c) => part.date.on > c.on)) {
          report(
            "date-after-publication",
            `${part.label} dated ${part.date.on}, after ${a.slug} was published (${a.on})`,
          );
        }
      }
      if (part.planned && citing.length > 0 && citing.every((c) => c.on > part.date.on)) {
        report(
          "planned-before-publication",
          `planned meeting dated ${part.date.on}, before every article that reports it as planned`,
        );
      }
    }
  });
  return problems;
};

// Rule-based extraction of the core fact kinds (backing, meeting, deal-term)
// from an article nobody has reviewed yet, then, ranked below them, a "stated"
// item for each number, date, role or place no typed fact holds. Everything it
// returns is "proposed": a person reviews it before it joins the fact base.
import type { Article } from "../../content/schema";
import { entitySchema, factSchema, type Entity, type Fact } from "../schema";
import { findBacking } from "./backing";
import { findDealTerms } from "./deal-terms";
import { EntityBook } from "./entities";
import { mergeSameId, quoteIsInPassage } from "./evidence";
import { findMeetings } from "./meetings";
import { readArticle } from "./reading";
import { findStated } from "./stated";
import { findRoles } from "./role-facts";
import { findFigures } from "./figures";
import { findMotives } from "./motives";

export type ExtractOptions = {
  /** Known entities (content/entities.yaml); their ids are used wherever the text names them. */
  entities?: readonly Entity[];
  /** The corpus's facts: offices, figures and places offered as wrong options of "stated" items. */
  corpusFacts?: readonly Fact[];
  /** Leave out the "stated" items (the evaluation scores typed facts only). */
  typedOnly?: boolean;
};

export type Extraction = {
  facts: Fact[];
  /** Entities the facts refer to that the known list did not have. */
  entities: Entity[];
};

export function extractFacts(article: Article, options: ExtractOptions = {}): Extraction {
  const book = new EntityBook(options.entities ?? []);
  const readings = readArticle(article, book);
  const meetings = findMeetings(article, readings, book);
  const found: Fact[] = [
    ...findBacking(article, readings, book),
    ...meetings,
    ...findDealTerms(article, readings, book, meetings),
    ...findRoles(article, readings, book),
    ...findFigures(article, readings),
    ...findMotives(article, readings, book),
  ];
  // Only what can be proven and stored: quotes found verbatim, facts and entities the schemas accept.
  const added = book.added().filter((e) => entitySchema.safeParse(e).success);
  const valid = new Set([...(options.entities ?? []), ...added].map((e) => e.id));
  const typed = mergeSameId(found)
    .map((f) => ({ ...f, evidence: f.evidence.filter((e) => quoteIsInPassage(article, e)) }))
    .filter(
      (f) => f.evidence.length > 0 && entityIdsOf(f).every((id) => valid.has(id)) && factSchema.safeParse(f).success,
    );
  // After the typed facts, so a reviewer meets them first.
  const stated = options.typedOnly
    ? []
    : findStated(article, readings, book, typed, {
        entities: options.entities ?? [],
        corpusFacts: options.corpusFacts ?? [],
      }).filter((f) => f.evidence.every((e) => quoteIsInPassage(article, e)) && factSchema.safeParse(f).success);
  const facts = [...typed, ...stated];
  const used = new Set(facts.flatMap(entityIdsOf));
  // A new person's country is an entity too.
  for (const e of added) if (used.has(e.id) && e.country) used.add(e.country);
  return { facts, entities: added.filter((e) => used.has(e.id)) };
}

function entityIdsOf(fact: Fact): string[] {
  switch (fact.kind) {
    case "backing":
      return [fact.backer, fact.backed];
    case "meeting":
      return [...fact.participants, ...(fact.place ? [fact.place] : [])];
    case "deal-term":
      return [fact.agreement, ...fact.parties];
    case "role":
      return [fact.person, ...(fact.country ? [fact.country] : [])];
    case "motive":
      return [fact.actor];
    default:
      return [];
  }
}

export { slugify, factId } from "./ids";
export { findDates, resolveExpression, type DateMention, type Tense } from "./dates";

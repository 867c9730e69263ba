// Evidence for a proposed fact: the sentence (or part of it) that states it,
// cited by article and passage. A quote is only emitted once it is checked to
// be an exact substring of the passage it cites.
import type { Article } from "../../content/schema";
import type { Evidence, Fact } from "../schema";
import type { Reading } from "./reading";

/** The sentence of a reading as evidence. */
export function sentenceEvidence(article: Article, reading: Reading): Evidence {
  return { article: article.slug, passage: reading.sentence.passage, quote: reading.sentence.text };
}

/**
 * True when the quote occurs verbatim in the passage the evidence cites, and once
 * only: a sentence a pasted text repeats could not be anchored to one place.
 */
export function quoteIsInPassage(article: Article, evidence: Evidence): boolean {
  const passage = article.passages.find((p) => p.id === evidence.passage);
  if (evidence.article !== article.slug || passage === undefined) return false;
  const at = passage.text.indexOf(evidence.quote);
  return at >= 0 && passage.text.indexOf(evidence.quote, at + 1) === -1;
}

/** One fact per id: the evidence of facts proposed twice is pooled, first wording kept. */
export function mergeSameId(facts: readonly Fact[]): Fact[] {
  const byId = new Map<string, Fact>();
  for (const f of facts) {
    const prior = byId.get(f.id);
    if (!prior) {
      byId.set(f.id, f);
      continue;
    }
    const evidence = [...prior.evidence];
    for (const e of f.evidence) {
      if (!evidence.some((x) => x.article === e.article && x.passage === e.passage && x.quote === e.quote))
        evidence.push(e);
    }
    byId.set(f.id, { ...prior, evidence });
  }
  return [...byId.values()];
}

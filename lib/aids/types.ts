// What the learning aids are built from: typed facts with the quotes that state
// them (already resolved to article titles), and the names of the entities.
import type { Fact, FactKind, FactOfKind } from "../facts/schema";

/** One quote backing a fact, with where it is and the article's title for the link text. */
export type SourcedEvidence = {
  article: string;
  articleTitle: string;
  passage: string;
  quote: string;
};

/** A reviewed fact, or a proposed one (shown, but marked as not yet reviewed). */
export type SourcedFact<F extends Fact = Fact> = {
  fact: F;
  status: "reviewed" | "proposed";
  evidence: SourcedEvidence[];
};

export type EntityName = { id: string; name: string };

export function isSourcedKind<K extends FactKind>(kind: K) {
  return (f: SourcedFact): f is SourcedFact<FactOfKind<K>> => f.fact.kind === kind;
}

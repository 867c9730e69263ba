// One thing wrong with the corpus, said so an author can find and fix it.
import type { Corpus } from "../corpus";
import type { Fact } from "../schema";
import type { CorpusSources } from "../load";

export type ProblemCode =
  | "duplicate-article"
  | "duplicate-passage"
  | "duplicate-entity"
  | "alias-collision"
  | "unknown-country"
  | "duplicate-fact"
  | "unknown-article"
  | "unknown-passage"
  | "quote-not-found"
  | "quote-ambiguous"
  | "duplicate-evidence"
  | "unknown-entity"
  | "conflict-unknown"
  | "conflict-self"
  | "conflict-asymmetric"
  | "conflict-mismatch"
  | "date-precision"
  | "date-after-publication"
  | "planned-before-publication"
  | "attribution-not-in-quote"
  | "attribution-incomplete"
  | "counter-claim-invalid"
  | "unknown-fact"
  | "relation-invalid"
  | "not-an-agreement"
  | "span-not-in-quote";

export type Problem = {
  code: ProblemCode;
  /** The file to edit. */
  file: string;
  /** The fact concerned, when there is one. */
  fact?: string;
  message: string;
};

/** Finds the file each item came from; falls back to the conventional paths. */
export type Locate = {
  article: (index: number, slug: string) => string;
  entities: () => string;
  fact: (index: number) => string;
};

export function locator(sources?: Partial<CorpusSources>): Locate {
  return {
    article: (i, slug) => sources?.articleFiles?.[i] ?? `content/articles/${slug}.md`,
    entities: () => sources?.entitiesFile ?? "content/entities.yaml",
    fact: (i) => sources?.factFiles?.[i] ?? "content/facts",
  };
}

export type Check = (corpus: Corpus, locate: Locate) => Problem[];

export function factProblem(locate: Locate, index: number, fact: Fact, code: ProblemCode, message: string): Problem {
  return { code, file: locate.fact(index), fact: fact.id, message: `fact ${fact.id}: ${message}` };
}

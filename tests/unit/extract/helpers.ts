// Builders for extraction tests: articles from paragraphs or from the unseen
// fixture texts, and the entities the fact base knew before they arrived.
import { readFileSync } from "node:fs";
import path from "node:path";
import { vi } from "vitest";
import { parse } from "yaml";
import { articleFromText, type Article } from "@/lib/content";
import { entitiesFileSchema, extractFacts, type Entity, type Fact, type FactOfKind } from "@/lib/facts";

// The first extraction in a file loads compromise's lexicon: slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const FIXTURES = path.join(process.cwd(), "tests/fixtures/unseen");

export const knownEntities: Entity[] = entitiesFileSchema.parse(
  parse(readFileSync(path.join(FIXTURES, "known-entities.yaml"), "utf8")),
);

/** An article of one passage per paragraph. */
export function articleOf(publishedOn: string, ...paragraphs: string[]): Article {
  return {
    slug: "test-article",
    title: "Test article",
    publishedOn,
    repairs: [],
    passages: paragraphs.map((text, i) => ({ id: `p${i + 1}`, text })),
  };
}

/** An unseen fixture text, imported the way content:import does it. */
export function fixtureArticle(name: string, publishedOn: string): Article {
  const raw = readFileSync(path.join(FIXTURES, `${name}.txt`), "utf8");
  return articleFromText(raw, { slug: name, publishedOn }).article;
}

export function factsOf(article: Article, entities: Entity[] = knownEntities): Fact[] {
  return extractFacts(article, { entities }).facts;
}

export function ofKind<K extends Fact["kind"]>(facts: readonly Fact[], kind: K): FactOfKind<K>[] {
  return facts.filter((f): f is FactOfKind<K> => f.kind === kind);
}

/** "russia>syrian-government" for each backing fact, sorted. */
export function backingPairs(facts: readonly Fact[]): string[] {
  return ofKind(facts, "backing")
    .map((f) => `${f.backer}>${f.backed}`)
    .sort();
}

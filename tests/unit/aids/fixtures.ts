// Invented facts for the learning aids, parsed by the real fact schema so they
// are exactly what the database hands the pages.
import { factSchema } from "@/lib/facts/schema";
import type { EntityName, SourcedFact } from "@/lib/aids";

const quote = (id: string) => ({ article: "an-invented-article", passage: "p1", quote: `words stating ${id}` });

export function sourced(
  input: Record<string, unknown> & { id: string; kind: string },
  status: "reviewed" | "proposed" = "reviewed",
): SourcedFact {
  const fact = factSchema.parse({
    statement: `Statement of ${input.id}.`,
    evidence: [quote(input.id)],
    ...input,
    status,
  });
  return {
    fact,
    status,
    evidence: fact.evidence.map((e) => ({ ...e, articleTitle: "An invented article" })),
  };
}

export function names(entries: Record<string, string>): EntityName[] {
  return Object.entries(entries).map(([id, name]) => ({ id, name }));
}

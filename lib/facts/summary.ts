// The corpus in numbers, for the content:check summary line and for reports.
import type { Corpus } from "./corpus";

export type CorpusSummary = {
  articles: number;
  passages: number;
  facts: number;
  entities: number;
  /** Facts whose evidence comes from two or more articles. */
  corroborated: number;
  /** Pairs of facts that disagree (each pair counted once). */
  conflicts: number;
  factsByKind: Record<string, number>;
};

export function summarizeCorpus(corpus: Corpus): CorpusSummary {
  const pairs = new Set<string>();
  for (const fact of corpus.facts) {
    for (const other of fact.conflictsWith) pairs.add([fact.id, other].sort().join("|"));
  }
  const factsByKind: Record<string, number> = {};
  for (const fact of corpus.facts) factsByKind[fact.kind] = (factsByKind[fact.kind] ?? 0) + 1;
  return {
    articles: corpus.articles.length,
    passages: corpus.articles.reduce((n, a) => n + a.passages.length, 0),
    facts: corpus.facts.length,
    entities: corpus.entities.length,
    corroborated: corpus.facts.filter((f) => new Set(f.evidence.map((e) => e.article)).size >= 2).length,
    conflicts: pairs.size,
    factsByKind,
  };
}

export function formatSummary(s: CorpusSummary): string {
  return `${s.articles} articles, ${s.passages} passages, ${s.facts} facts, ${s.entities} entities, ${s.corroborated} corroborated facts, ${s.conflicts} conflicts`;
}

// The public API of lib/facts: fact kinds and their schemas, the corpus type,
// and extraction of proposed facts from new articles (with its evaluation).
export * from "./schema";
export { mergeCorpora, type Corpus } from "./corpus";
export { loadCorpus, type LoadedCorpus, type CorpusSources } from "./load";
export { checkCorpus, type Problem, type ProblemCode } from "./check";
export { summarizeCorpus, formatSummary, type CorpusSummary } from "./summary";
export { entityReferences, type EntityReference } from "./checks/entity-refs";
export { nameKey } from "./checks/entities";
export {
  extractFacts,
  factId,
  findDates,
  resolveExpression,
  slugify,
  type DateMention,
  type ExtractOptions,
  type Extraction,
  type Tense,
} from "./extract";
export { appendEntities, proposalFile, type ProposalHeader } from "./extract/proposal";
export {
  alignEntities,
  combine,
  evaluate,
  factsMatch,
  overlap,
  overlapBoth,
  renameEntities,
  type Counts,
  type Evaluation,
  type KindScore,
  type CoreKind,
} from "./extract/evaluate";

// The public API of lib/content: the article format, layout repair, quote
// anchoring, loading and checking the corpus.
export * from "./schema";
export * from "./errors";
export { repairLayout, type LayoutRepair, type LayoutHints } from "./repair";
export { articleFromText, assignPassageIds, type ImportMeta } from "./from-text";
export { serializeArticle, parseArticleFile, formatIssues } from "./article-file";
export {
  anchorQuote,
  anchorQuoteOrThrow,
  findQuoteInArticle,
  passagesContaining,
  type AnchorResult,
  type ArticleAnchorResult,
  type QuoteSpan,
} from "./anchor";
export { loadCorpus, type LoadedCorpus, type CorpusSources } from "./load";
export { checkCorpus, type Problem, type ProblemCode } from "./check";
export { summarizeCorpus, formatSummary, type CorpusSummary } from "./summary";
export { entityReferences, type EntityReference } from "./checks/entity-refs";
export { nameKey } from "./checks/entities";

// The public API of lib/content: the article format, layout repair and quote
// anchoring. Loading and checking the whole corpus (articles with their facts) is lib/facts'.
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

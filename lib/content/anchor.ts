// Finding a cited quote in its passage, with W3C TextQuoteSelector semantics
// (https://www.w3.org/TR/annotation-model/#text-quote-selector): the exact
// text, case-sensitive, with optional prefix/suffix that must sit immediately
// before/after it. Offsets are UTF-16 code units, as String.prototype.slice uses.
import { PassageNotFoundError, QuoteAmbiguousError, QuoteNotFoundError } from "./errors";
import type { Article, QuoteSelector } from "./schema";

export type QuoteSpan = { start: number; end: number };
export type AnchorResult =
  | ({ ok: true } & QuoteSpan)
  | { ok: false; error: QuoteNotFoundError | QuoteAmbiguousError };

/** Every start index of `quote` in `text`, overlapping ones included. */
function occurrences(text: string, quote: string): number[] {
  const starts: number[] = [];
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) starts.push(i);
  return starts;
}

export function anchorQuote(passageText: string, selector: QuoteSelector): AnchorResult {
  const { quote, prefix, suffix } = selector;
  const all = occurrences(passageText, quote);
  if (all.length === 0) return { ok: false, error: new QuoteNotFoundError(quote, "absent") };
  const matching = all.filter(
    (start) =>
      (prefix === undefined || passageText.slice(Math.max(0, start - prefix.length), start) === prefix) &&
      (suffix === undefined || passageText.startsWith(suffix, start + quote.length)),
  );
  const [only, ...rest] = matching;
  if (only === undefined) return { ok: false, error: new QuoteNotFoundError(quote, "context-mismatch") };
  if (rest.length > 0) return { ok: false, error: new QuoteAmbiguousError(quote, matching.length) };
  return { ok: true, start: only, end: only + quote.length };
}

export function anchorQuoteOrThrow(passageText: string, selector: QuoteSelector): QuoteSpan {
  const result = anchorQuote(passageText, selector);
  if (!result.ok) throw result.error;
  return { start: result.start, end: result.end };
}

export type ArticleAnchorResult = AnchorResult | { ok: false; error: PassageNotFoundError };

/** Anchors a selector in one passage of an article, or says the passage is missing. */
export function findQuoteInArticle(article: Article, passageId: string, selector: QuoteSelector): ArticleAnchorResult {
  const passage = article.passages.find((p) => p.id === passageId);
  if (!passage) return { ok: false, error: new PassageNotFoundError(article.slug, passageId) };
  return anchorQuote(passage.text, selector);
}

/** The passage ids of an article where the quote occurs, for authoring help. */
export function passagesContaining(article: Article, quote: string): string[] {
  return article.passages.filter((p) => p.text.includes(quote)).map((p) => p.id);
}

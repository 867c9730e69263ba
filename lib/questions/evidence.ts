// Finding a fact's quote in its passage, and the sentence around it, so a question
// can show (and a check can prove) the exact words.
import type { Article } from "../content/schema";
import type { Evidence } from "../facts/schema";

export function passageText(articles: Map<string, Article>, article: string, passage: string): string | undefined {
  return articles.get(article)?.passages.find((p) => p.id === passage)?.text;
}

/** Where the quote starts, using prefix/suffix to pick among repeats; -1 when absent. */
export function locateQuote(text: string, quote: string, prefix?: string, suffix?: string): number {
  let first = -1;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    if (first === -1) first = at;
    const before = prefix === undefined || text.slice(0, at).endsWith(prefix);
    const after = suffix === undefined || text.slice(at + quote.length).startsWith(suffix);
    if (before && after) return at;
  }
  return prefix === undefined && suffix === undefined ? first : -1;
}

export type Span = { start: number; end: number; text: string };

/** Words that end in a full stop without ending a sentence. */
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "ste",
  "inc",
  "jr",
  "sr",
  "no",
  "gen",
  "col",
  "lt",
  "sgt",
  "vs",
  "etc",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "ave",
  "co",
  "corp",
]);

/**
 * Splits a passage into sentences: a sentence ends at . ! or ? (with any closing
 * quote or bracket) followed by space and a capital, digit or opening quote. Initials
 * ("U.S.") and common abbreviations do not end a sentence.
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  const boundary = /[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\d])/gu;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    const word = /([\p{L}.]+)\.$/u.exec(text.slice(start, m.index + 1))?.[1] ?? "";
    const lastWord = word.split(".").filter(Boolean).pop() ?? "";
    const initial = /^(\p{L}\.)*\p{L}$/u.test(word) && lastWord.length === 1;
    if (m[0].startsWith(".") && (initial || ABBREVIATIONS.has(lastWord.toLowerCase()))) continue;
    pushSpan(spans, text, start, end);
    start = end;
  }
  pushSpan(spans, text, start, text.length);
  return spans;
}

function pushSpan(spans: Span[], text: string, from: number, to: number): void {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed === "") return;
  spans.push({ start: from + lead, end: from + lead + trimmed.length, text: trimmed });
}

/** The whole sentence(s) a quote sits in: the text a learner would point at. */
export function sentenceAround(text: string, start: number, end: number): Span | undefined {
  const covering = sentenceSpans(text).filter((s) => s.end > start && s.start < end);
  const first = covering[0];
  const last = covering[covering.length - 1];
  if (!first || !last) return undefined;
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
}

/** The sentence holding this evidence quote, with the quote's offsets inside it. */
export function evidenceSentence(
  articles: Map<string, Article>,
  evidence: Evidence,
): { sentence: string; quoteStart: number } | undefined {
  const text = passageText(articles, evidence.article, evidence.passage);
  if (text === undefined) return undefined;
  const at = locateQuote(text, evidence.quote, evidence.prefix, evidence.suffix);
  if (at === -1) return undefined;
  const span = sentenceAround(text, at, at + evidence.quote.length);
  if (!span) return undefined;
  return { sentence: span.text, quoteStart: at - span.start };
}

/**
 * The sentence holding the quote, led by the sentence before it in the passage when
 * `needsLead` says it can't stand alone ("The country is already home to…"): the
 * article's own words, in order (across a paragraph break, a space). Undefined when
 * nothing comes before it.
 */
export function evidenceSentenceWithLead(
  articles: Map<string, Article>,
  evidence: Evidence,
  needsLead: (sentence: string) => boolean,
): { sentence: string; quoteStart: number } | undefined {
  const own = evidenceSentence(articles, evidence);
  if (!own || !needsLead(own.sentence)) return own;
  const text = passageText(articles, evidence.article, evidence.passage);
  if (text === undefined) return undefined;
  const at = locateQuote(text, evidence.quote, evidence.prefix, evidence.suffix);
  const spans = sentenceSpans(text);
  const first = spans.findIndex((s) => s.end > at);
  const before = spans[first - 1];
  const end = spans.find((s) => s.end >= at + evidence.quote.length)?.end;
  if (first === -1 || end === undefined) return undefined;
  const start = spans[first]?.start ?? 0;
  if (before) return { sentence: text.slice(before.start, end), quoteStart: at - before.start };
  // The first sentence of its paragraph: led by the last sentence of the paragraph before.
  const passages = articles.get(evidence.article)?.passages ?? [];
  const previous = passages[passages.findIndex((p) => p.id === evidence.passage) - 1];
  const lead = previous ? sentenceSpans(previous.text).at(-1)?.text : undefined;
  if (lead === undefined) return undefined;
  const sentence = `${lead} ${text.slice(start, end)}`;
  return { sentence, quoteStart: lead.length + 1 + (at - start) };
}

/** Every sentence of an article, in reading order. */
export function articleSentences(article: Article): string[] {
  return article.passages.flatMap((p) => sentenceSpans(p.text).map((s) => s.text));
}

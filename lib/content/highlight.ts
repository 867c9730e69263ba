// Splitting a passage around a quote so a page can wrap each match in <mark>.
export type Segment = { text: string; marked: boolean };

export function highlightSegments(text: string, quote: string | undefined): Segment[] {
  if (!quote) return [{ text, marked: false }];
  const segments: Segment[] = [];
  let from = 0;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, from)) {
    if (at > from) segments.push({ text: text.slice(from, at), marked: false });
    segments.push({ text: quote, marked: true });
    from = at + quote.length;
  }
  if (from < text.length) segments.push({ text: text.slice(from), marked: false });
  return segments;
}

/**
 * A URL text fragment (https://wicg.github.io/scroll-to-text-fragment/) for a quote:
 * browsers that support it scroll to and highlight the words even without this app.
 */
export function textFragment(quote: string): string {
  const enc = (s: string) => encodeURIComponent(s).replace(/-/g, "%2D").replace(/,/g, "%2C").replace(/&/g, "%26");
  const words = quote.split(/\s+/).filter(Boolean);
  if (words.length <= 8) return `:~:text=${enc(quote)}`;
  return `:~:text=${enc(words.slice(0, 4).join(" "))},${enc(words.slice(-4).join(" "))}`;
}

/** The reader link for a piece of evidence: /sources/<slug>?q=<quote>#<passage>. */
export function sourceHref(evidence: { article: string; passage: string; quote: string }): string {
  return `/sources/${evidence.article}?q=${encodeURIComponent(evidence.quote)}#${evidence.passage}`;
}

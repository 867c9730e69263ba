// Sentences of an article with their place in the passage, so every quote the
// extractor emits can be checked against the passage it cites.
import nlp from "compromise";
import type { Article } from "../../content/schema";

export type Sentence = {
  /** The passage the sentence stands in (p1, p2, ...). */
  passage: string;
  /** Position of the passage in the article, from 0. */
  passageIndex: number;
  /** Position of the sentence in the article, from 0. */
  index: number;
  /** Exactly passage.text.slice(start, end). */
  text: string;
  start: number;
  end: number;
};

type OffsetJson = { offset?: { start: number; length: number } };

/**
 * The longest stretch read as one sentence. Every later step works sentence by
 * sentence, some of it in time that grows with the square of the sentence, so a
 * pasted text with no full stop (a list of dates, a table flattened into a line)
 * is read in pieces of at most this many characters, cut between clauses. News
 * sentences are far shorter (the seed articles' longest has 361).
 */
export const MAX_SENTENCE = 800;

/** Splits every passage into sentences with compromise, keeping exact offsets. */
export function splitSentences(article: Article): Sentence[] {
  const out: Sentence[] = [];
  article.passages.forEach((passage, passageIndex) => {
    // Tokenizing is enough to find sentence ends; full tagging would cost ten times more.
    const found = nlp.tokenize(passage.text).json({ offset: true }) as OffsetJson[];
    const spans = found.flatMap((s) => (s.offset ? [s.offset] : []));
    // Fall back to the whole passage if compromise gives no offsets.
    const ranges = spans.length > 0 ? spans : [{ start: 0, length: passage.text.length }];
    for (const r of ranges.flatMap((r) => pieces(passage.text, r.start, r.start + r.length))) {
      const [start, end] = trimRange(passage.text, r.start, r.start + r.length);
      if (end <= start) continue;
      out.push({
        passage: passage.id,
        passageIndex,
        index: out.length,
        text: passage.text.slice(start, end),
        start,
        end,
      });
    }
  });
  return out;
}

/** A sentence longer than MAX_SENTENCE, cut after its last clause break (else space) that fits. */
function pieces(text: string, start: number, end: number): { start: number; length: number }[] {
  const out: { start: number; length: number }[] = [];
  let s = start;
  while (end - s > MAX_SENTENCE) {
    const window = text.slice(s, s + MAX_SENTENCE);
    const cut = Math.max(window.lastIndexOf("; "), window.lastIndexOf(", "), window.lastIndexOf(" - "));
    const at = cut > MAX_SENTENCE / 4 ? cut + 1 : window.lastIndexOf(" ") > 0 ? window.lastIndexOf(" ") : MAX_SENTENCE;
    out.push({ start: s, length: at });
    s += at;
  }
  out.push({ start: s, length: end - s });
  return out;
}

function trimRange(text: string, start: number, end: number): [number, number] {
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  while (s < e && /\s/.test(text[s] ?? "")) s++;
  while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
  return [s, e];
}

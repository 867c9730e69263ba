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

/** Splits every passage into sentences with compromise, keeping exact offsets. */
export function splitSentences(article: Article): Sentence[] {
  const out: Sentence[] = [];
  article.passages.forEach((passage, passageIndex) => {
    const found = nlp(passage.text).sentences().json({ offset: true }) as OffsetJson[];
    const spans = found.flatMap((s) => (s.offset ? [s.offset] : []));
    // Fall back to the whole passage if compromise gives no offsets.
    const ranges = spans.length > 0 ? spans : [{ start: 0, length: passage.text.length }];
    for (const r of ranges) {
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

function trimRange(text: string, start: number, end: number): [number, number] {
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  while (s < e && /\s/.test(text[s] ?? "")) s++;
  while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
  return [s, e];
}

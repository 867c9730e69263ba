// Rejoining hard-wrapped lines into paragraphs. Text wrapped at a fixed width
// breaks lines mid-sentence; some copies also put an empty line after every
// wrapped line, so an empty line alone cannot mark a paragraph. The rules are
// the usual reflow heuristics (as in `fmt`/`par`): a lowercase start continues
// the sentence; a sentence end on a line the next word would still have fit on
// was a deliberate break.
import { endsInWordHyphen, endsSentence, firstWord, isHeadingLike, startsLowercase } from "./text";

export type BodyLine = {
  text: string;
  /** Empty lines between this line and the previous kept line. */
  blanksBefore: number;
  /** A dropped line sat just before this one: never join across it. */
  breakBefore: boolean;
};

export type Layout = { hardWrapped: boolean; doubleSpaced: boolean; width: number };

export type ReflowNote =
  | { kind: "hyphen-join"; paragraph: number; before: string; after: string }
  | { kind: "gap-inside-sentence"; paragraph: number; before: string };

export type Reflowed = { paragraphs: string[]; lineCounts: number[]; notes: ReflowNote[] };

/** Many lines that stop mid-sentence and go on in lowercase: the text was hard-wrapped. */
export function detectLayout(lines: readonly BodyLine[]): Layout {
  let pairs = 0;
  let continuations = 0;
  let singleGaps = 0;
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const next = lines[i]!;
    if (next.breakBefore) continue;
    pairs++;
    if (!endsSentence(prev.text) && startsLowercase(next.text)) continuations++;
    if (next.blanksBefore === 1) singleGaps++;
  }
  const hardWrapped = continuations >= 2 && continuations >= 0.1 * pairs;
  return {
    hardWrapped,
    doubleSpaced: hardWrapped && singleGaps >= 0.8 * pairs,
    width: Math.max(0, ...lines.map((l) => l.text.length)),
  };
}

export function reflow(lines: readonly BodyLine[], layout: Layout): Reflowed {
  if (!layout.hardWrapped) {
    return { paragraphs: lines.map((l) => l.text), lineCounts: lines.map(() => 1), notes: [] };
  }
  const expectedGap = layout.doubleSpaced ? 1 : 0;
  const headings = lines.map((_, i) => isHeading(lines, i, layout, expectedGap));
  const paragraphs: string[] = [];
  const lineCounts: number[] = [];
  const notes: ReflowNote[] = [];

  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    if (prev === undefined || headings[i] || headings[i - 1] || startsParagraph(prev, line, layout, expectedGap)) {
      paragraphs.push(line.text);
      lineCounts.push(1);
      return;
    }
    const p = paragraphs.length;
    if (line.blanksBefore > expectedGap) notes.push({ kind: "gap-inside-sentence", paragraph: p, before: prev.text });
    const hyphen = endsInWordHyphen(prev.text) && /^\p{L}/u.test(line.text);
    if (hyphen) notes.push({ kind: "hyphen-join", paragraph: p, before: prev.text, after: line.text });
    paragraphs[p - 1] = `${paragraphs[p - 1]!}${hyphen ? "" : " "}${line.text}`;
    lineCounts[p - 1] = (lineCounts[p - 1] ?? 0) + 1;
  });
  return { paragraphs, lineCounts, notes };
}

function startsParagraph(prev: BodyLine, line: BodyLine, layout: Layout, expectedGap: number): boolean {
  if (line.breakBefore) return true;
  if (startsLowercase(line.text)) return false;
  if (line.blanksBefore > expectedGap) return true;
  if (endsSentence(prev.text)) return prev.text.length + 1 + firstWord(line.text).length <= layout.width;
  return false;
}

/**
 * A crosshead ("Mass exodus fears"): a short unpunctuated line standing on its
 * own, between a finished paragraph and a line that starts a new sentence.
 */
function isHeading(lines: readonly BodyLine[], i: number, layout: Layout, expectedGap: number): boolean {
  const line = lines[i]!;
  const prev = lines[i - 1];
  const next = lines[i + 1];
  if (!isHeadingLike(line.text) || line.text.length > 0.6 * layout.width) return false;
  if (next && startsLowercase(next.text)) return false;
  return prev === undefined || line.breakBefore || line.blanksBefore > expectedGap || endsSentence(prev.text);
}

// Rejoining hard-wrapped lines into paragraphs. Text wrapped at a fixed width
// breaks lines mid-sentence; some copies also put an empty line after every
// wrapped line, so an empty line alone cannot mark a paragraph. The rules are
// the usual reflow heuristics (as in `fmt`/`par`): a lowercase start continues
// the sentence; a sentence end on a line the next word would still have fit on
// was a deliberate break.
import { hyphenBreak, hyphenIsLineBreak } from "./hyphens";
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
  /** Two lines joined at a line-end hyphen; `word` when the hyphen only marked the break and was taken out. */
  | { kind: "hyphen-join"; paragraph: number; before: string; after: string; word?: string }
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

/** How two lines join at a line-end hyphen: the text between them, or undefined when they do not. */
function hyphenJoin(prev: string, line: string, wholeText: string): { glue: string; word?: string; cut: number } | undefined {
  if (!endsInWordHyphen(prev) || !/^\p{L}/u.test(line)) return undefined;
  const broken = hyphenBreak(prev, line);
  // "agree-" + "ment": the hyphen goes; "long-" + "awaited": it stays.
  if (broken && hyphenIsLineBreak(broken, wholeText)) return { glue: "", word: `${broken.head}${broken.tail}`, cut: 1 };
  return { glue: "", cut: 0 };
}

export function reflow(lines: readonly BodyLine[], layout: Layout, wholeText = lines.map((l) => l.text).join("\n")): Reflowed {
  if (!layout.hardWrapped) {
    // Lines stand as paragraphs, except a word broken at a line end and continued in lowercase at once.
    const paragraphs: string[] = [];
    const lineCounts: number[] = [];
    const notes: ReflowNote[] = [];
    lines.forEach((line, i) => {
      const prev = lines[i - 1];
      const join = prev && !line.breakBefore && line.blanksBefore === 0 && startsLowercase(line.text) ? hyphenJoin(prev.text, line.text, wholeText) : undefined;
      if (!prev || !join) {
        paragraphs.push(line.text);
        lineCounts.push(1);
        return;
      }
      const p = paragraphs.length;
      notes.push({ kind: "hyphen-join", paragraph: p, before: prev.text, after: line.text, ...(join.word ? { word: join.word } : {}) });
      paragraphs[p - 1] = `${paragraphs[p - 1]!.slice(0, paragraphs[p - 1]!.length - join.cut)}${line.text}`;
      lineCounts[p - 1] = (lineCounts[p - 1] ?? 0) + 1;
    });
    return { paragraphs, lineCounts, notes };
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
    const hyphen = hyphenJoin(prev.text, line.text, wholeText);
    if (hyphen) notes.push({ kind: "hyphen-join", paragraph: p, before: prev.text, after: line.text, ...(hyphen.word ? { word: hyphen.word } : {}) });
    const head = paragraphs[p - 1]!;
    paragraphs[p - 1] = hyphen ? `${head.slice(0, head.length - hyphen.cut)}${line.text}` : `${head} ${line.text}`;
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

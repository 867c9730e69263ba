// Layout repair for an article delivered as plain text: find the headline,
// drop the page furniture around the article, rejoin hard-wrapped lines into
// paragraphs. It removes whole lines, decides where whitespace goes, and takes
// out a hyphen that only marked where a word broke at a line end ("agree-" /
// "ment"); otherwise the article's words, including damaged characters, reach
// the output exactly as delivered. Every decision is reported so a person can
// check it.
import { classifyLine, looksPromotional, type BoilerplateKind } from "./layout/boilerplate";
import { matchLeadingDate } from "./layout/dates";
import { findDateline, readCopyright, readCredit, type LayoutHints } from "./layout/hints";
import { detectLayout, reflow, type BodyLine, type ReflowNote } from "./layout/reflow";
import { collapseSpaces, endsSentence, isHeadingLike, shorten, startsLowercase } from "./layout/text";

export type { LayoutHints } from "./layout/hints";

export type LayoutRepair = {
  title?: string;
  paragraphs: string[];
  /** Human-readable notes, one per decision, in the order they were taken. */
  repairs: string[];
  /** Whole lines removed from the text, as delivered (and the date split off a headline). */
  droppedLines: string[];
  hints: LayoutHints;
};

type Line = { text: string; dropped?: BoilerplateKind };

const DROP_LABEL: Record<BoilerplateKind, string> = {
  promotional: "promotional line",
  navigation: "navigation line",
  byline: "byline",
  photo: "photo credit",
  credit: "credit line",
  copyright: "copyright notice",
  date: "date-only line",
};

export type RepairOptions = {
  /** The title a person gave: it wins over a header line of the text, which is dropped (and noted) when different. */
  title?: string;
};

export function repairLayout(rawText: string, options: RepairOptions = {}): LayoutRepair {
  const repairs: string[] = [];
  const droppedLines: string[] = [];
  const hints: LayoutHints = { credits: [] };

  const raw = rawText.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
  const lines: Line[] = raw.map((l) => ({ text: collapseSpaces(l) }));
  const spaced = raw.filter((l, i) => l.trim() !== lines[i]!.text).length;

  const headerNotes: string[] = [];
  const title = readHeader(lines, hints, headerNotes, droppedLines, options.title);
  const headerDates = new Set(lines.filter((l) => l.dropped === "date"));
  markBoilerplate(lines);
  for (const line of lines) {
    if (!line.dropped) continue;
    droppedLines.push(line.text);
    const label = headerDates.has(line) ? "date-only header line" : DROP_LABEL[line.dropped];
    repairs.push(`dropped ${label} '${shorten(line.text, 160)}'`);
    if (line.dropped === "credit") hints.credits.push(readCredit(line.text));
    if (line.dropped === "copyright" && !hints.copyright) hints.copyright = readCopyright(line.text);
  }

  repairs.push(...headerNotes);
  const body = bodyLines(lines);
  const layout = detectLayout(body);
  const { paragraphs, lineCounts, notes } = reflow(body, layout, body.map((l) => l.text).join("\n"));
  if (layout.hardWrapped) {
    repairs.push(
      `rejoined ${body.length} hard-wrapped lines into ${paragraphs.length} paragraphs` +
        (layout.doubleSpaced ? " (an empty line followed every wrapped line, so empty lines did not mark paragraphs)" : ""),
    );
  }
  if (spaced > 0) repairs.push(`collapsed runs of spaces inside ${spaced} lines`);
  repairs.push(...notes.map(describeNote));
  repairs.push(...unfinishedParagraphs(paragraphs, lineCounts));
  repairs.push(...oddCharacters(title, paragraphs));

  const dateline = paragraphs[0] === undefined ? undefined : findDateline(paragraphs[0]);
  if (dateline) hints.dateline = dateline;
  return { ...(title === undefined ? {} : { title: repairTitle(title) }), paragraphs, repairs, droppedLines, hints };
}

/**
 * The headline is the first line unless it is a bare date, page furniture ("All
 * news", a byline) or starts a wrapped sentence. A given title wins: a first
 * line that repeats it is the headline; a different headline-like line is
 * dropped, and the note says so.
 */
function readHeader(lines: Line[], hints: LayoutHints, repairs: string[], dropped: string[], given?: string): string | undefined {
  const nonBlank = () => lines.filter((l) => l.text !== "" && !l.dropped);
  let first = nonBlank()[0];
  for (let kind = first && classifyLine(first.text); first && kind; first = nonBlank()[0], kind = first && classifyLine(first.text)) {
    if (kind === "date") {
      const date = matchLeadingDate(first.text)!;
      hints.headerDate ??= { text: date.text, isoDay: date.isoDay };
    }
    first.dropped = kind;
  }
  if (!first) return given;

  const dated = matchLeadingDate(first.text);
  if (dated && dated.rest !== "") {
    hints.headerDate ??= { text: dated.text, isoDay: dated.isoDay };
    dropped.push(first.text.slice(0, first.text.length - dated.rest.length).trim());
    first.text = "";
    repairs.push(`title and date were on one header line; read the date ${dated.isoDay} and the title '${dated.rest}'`);
    if (given !== undefined && !sameTitle(given, dated.rest)) {
      dropped.push(dated.rest);
      repairs.push(`dropped the text's own headline '${shorten(dated.rest, 160)}': the given title '${shorten(given, 160)}' is used`);
      return given;
    }
    return given ?? dated.rest;
  }
  const next = nonBlank()[1];
  const titleLike =
    first.text.length <= 150 &&
    !/[.,;:]["'”’]?$/.test(first.text) &&
    classifyLine(first.text) === undefined &&
    !(next && startsLowercase(next.text));
  if (!titleLike) {
    repairs.push("no headline line found; the title must come from elsewhere");
    return given;
  }
  const title = first.text;
  first.text = "";
  if (given !== undefined && !sameTitle(given, title)) {
    dropped.push(title);
    repairs.push(`dropped the text's own headline '${shorten(title, 160)}': the given title '${shorten(given, 160)}' is used`);
    return given;
  }
  return given ?? title;
}

/** The same headline, whatever its case, spacing or quote marks. */
function sameTitle(a: string, b: string): boolean {
  const key = (s: string) => s.normalize("NFKC").toLowerCase().replace(/[‘’´`]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim();
  return key(a) === key(b);
}

/** Known furniture, then promotional wording that sits next to it (a sign-up block). */
function markBoilerplate(lines: Line[]): void {
  for (const line of lines) {
    if (line.text !== "" && !line.dropped) line.dropped = classifyLine(line.text);
  }
  // A run of promotional wording next to a promotional line goes with it: one pass each way
  // (repeating single passes until nothing changed cost the square of a long run).
  const kept = lines.filter((l) => l.text !== "");
  const spread = (line: Line, neighbour: Line | undefined) => {
    if (!line.dropped && neighbour?.dropped === "promotional" && looksPromotional(line.text)) line.dropped = "promotional";
  };
  for (let i = 1; i < kept.length; i++) spread(kept[i]!, kept[i - 1]);
  for (let i = kept.length - 2; i >= 0; i--) spread(kept[i]!, kept[i + 1]);
}

function bodyLines(lines: readonly Line[]): BodyLine[] {
  const body: BodyLine[] = [];
  let blanks = 0;
  let breakBefore = false;
  for (const line of lines) {
    if (line.dropped) {
      breakBefore = true;
      blanks = 0;
    } else if (line.text === "") {
      blanks++;
    } else {
      body.push({ text: line.text, blanksBefore: body.length === 0 ? 0 : blanks, breakBefore });
      blanks = 0;
      breakBefore = false;
    }
  }
  return body;
}

function describeNote(note: ReflowNote): string {
  if (note.kind === "hyphen-join" && note.word) {
    return `rejoined '${shorten(note.before.split(" ").at(-1) ?? "")}' and '${shorten(note.after.split(" ")[0] ?? "")}' as '${note.word}', a word broken at a line end (p${note.paragraph})`;
  }
  return note.kind === "hyphen-join"
    ? `joined '${shorten(note.before.split(" ").at(-1) ?? "")}' and '${shorten(note.after.split(" ")[0] ?? "")}' without a space at a line-end hyphen (p${note.paragraph})`
    : `an extra empty line interrupts a sentence after '${tail(note.before)}' (p${note.paragraph}); text may be missing there, nothing was added`;
}

/** A paragraph of running text that stops without ending its sentence lost words at a line end. */
function unfinishedParagraphs(paragraphs: readonly string[], lineCounts: readonly number[]): string[] {
  return paragraphs.flatMap((text, i) => {
    if (endsSentence(text) || (lineCounts[i] === 1 && isHeadingLike(text))) return [];
    return [`p${i + 1} ends mid-sentence ('${tail(text)}'): words seem lost there; nothing was added`];
  });
}

const ODD_CHARACTERS: { char: string; label: string }[] = [
  { char: "\uFFFD", label: "damaged character U+FFFD" },
  { char: "\u00B4", label: "odd apostrophe ´ (U+00B4)" },
];

/** Text a learner would read as damaged: where another report carries the same words cleanly, show that one. */
export function hasOddCharacter(text: string): boolean {
  return ODD_CHARACTERS.some(({ char }) => text.includes(char));
}

/** ´ between two letters stands for an apostrophe ("Syria´s"). */
const ACUTE_AS_APOSTROPHE = /(?<=\p{L})\u00B4(?=\p{L})/gu;

/**
 * A headline is layout, shown as a heading: an acute accent standing for an apostrophe is set as ’ there.
 * The article's own paragraphs keep every character as written; each odd character is listed either way.
 */
export function repairTitle(title: string): string {
  return title.replace(ACUTE_AS_APOSTROPHE, "’");
}

function oddCharacters(title: string | undefined, paragraphs: readonly string[]): string[] {
  return ODD_CHARACTERS.flatMap(({ char, label }) => {
    const inTitle = title?.includes(char) ?? false;
    const fixedInTitle = inTitle && title !== undefined && !repairTitle(title).includes(char);
    const kept = [
      ...(inTitle && !fixedInTitle ? ["title"] : []),
      ...paragraphs.flatMap((p, i) => (p.includes(char) ? [`p${i + 1}`] : [])),
    ];
    if (!fixedInTitle) return kept.length === 0 ? [] : [`${label} kept in ${kept.join(", ")}`];
    const titleNote = `${label} used as an apostrophe in the title replaced by ’ (the title is layout, shown as a heading)`;
    return [kept.length === 0 ? titleNote : `${titleNote}; kept as written in ${kept.join(", ")}`];
  });
}

function tail(text: string): string {
  return `…${text.split(" ").slice(-3).join(" ")}`;
}

// Small tests on lines of text that the layout repair relies on. They look at
// punctuation and case only; they never change a character.

/** Ends like a sentence: . ! ? or … possibly followed by closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  return /[.!?…]["'”’»)\]]*$/u.test(text);
}

/** Starts with a lowercase letter: in running prose, the line continues a sentence. */
export function startsLowercase(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}

/** A line broken inside a hyphenated word ("seven-" then "year"); the hyphen is kept. */
export function endsInWordHyphen(text: string): boolean {
  return /[\p{L}\p{N}]-$/u.test(text);
}

/** Short and unpunctuated, like a crosshead ("Mass exodus fears"). */
export function isHeadingLike(text: string): boolean {
  return text.length <= 60 && !endsSentence(text) && !/[,;:]$/.test(text);
}

/** Whitespace runs become one space: words and punctuation stay exactly as delivered. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

export function firstWord(text: string): string {
  return text.split(" ", 1)[0] ?? "";
}

/** A line quoted in a repair note: short enough to read, still recognisable. */
export function shorten(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

// A word broken across a line end with a hyphen ("agree-" / "ment", "Fran-" /
// "cois") is one word; a compound broken at its own hyphen ("Turkish-" /
// "backed", "long-" / "awaited") keeps it, and a capitalised continuation
// ("pro-" / "Moscow") always does. Decided from the text itself first (the same
// word written elsewhere whole or hyphenated), then from an English word list.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

let dictionary: Set<string> | undefined;

/** ~275,000 English words (the word-list package), loaded on first use. */
function words(): Set<string> {
  if (dictionary) return dictionary;
  // Resolved from the project at run time (not by a bundler): the package exports only its path.
  const file = path.join(path.dirname(createRequire(path.join(process.cwd(), "package.json")).resolve("word-list")), "words.txt");
  dictionary = new Set(readFileSync(file, "utf8").split("\n"));
  return dictionary;
}

function isWord(word: string): boolean {
  return words().has(word.toLowerCase());
}

function occurs(text: string, word: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}-])${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}-])`, "iu").test(text);
}

export type HyphenBreak = { head: string; tail: string };

/** The word fragments either side of a line-end hyphen: "the agree-" and "ment was" give agree / ment. */
export function hyphenBreak(before: string, after: string): HyphenBreak | undefined {
  const head = /([\p{L}\p{N}]+)-$/u.exec(before)?.[1];
  const tail = /^\p{Ll}[\p{L}]*/u.exec(after)?.[0];
  return head && tail ? { head, tail } : undefined;
}

/** True when the hyphen is only where the line broke, so the halves join into one word. */
export function hyphenIsLineBreak({ head, tail }: HyphenBreak, wholeText: string): boolean {
  const joined = `${head}${tail}`;
  if (occurs(wholeText, joined)) return true;
  if (occurs(wholeText, `${head}-${tail}`)) return false;
  if (isWord(joined)) return true;
  // Two words joined by a hyphen, or a name and a word ("Turkish-backed", "Kremlin-led"): a compound.
  if (isWord(tail) && (isWord(head) || /^\p{Lu}/u.test(head))) return false;
  return true;
}

// Comparing what people type with what the articles say: forgiving about case,
// accents, punctuation and spacing, never about the words themselves.

/** Letters NFD does not split into base + mark, folded by hand. */
const FOLDS: Record<string, string> = { ı: "i", ß: "ss", ø: "o", đ: "d", ł: "l", æ: "ae", œ: "oe" };

/**
 * Lowercase, strip diacritics (Erdoğan → erdogan), drop apostrophes (Assad's →
 * assads), turn other punctuation into spaces, collapse whitespace. Idempotent.
 */
export function normalizeText(text: string): string {
  const cached = NORMALIZED.get(text);
  if (cached !== undefined) return cached;
  const normalized = fold(text);
  // A memo, not state: the same text always normalises the same way. Bounded, so it cannot grow forever.
  if (NORMALIZED.size > 100_000) NORMALIZED.clear();
  NORMALIZED.set(text, normalized);
  return normalized;
}

const NORMALIZED = new Map<string, string>();

function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[ıßøđłæœ]/g, (c) => FOLDS[c] ?? c)
    .replace(/['’‘`´ʼ]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Names compare without a leading "the": "the Kremlin" = "Kremlin". */
export function normalizeName(text: string): string {
  return normalizeText(text).replace(/^the /, "");
}

/** Whether `needle` occurs in `haystack` as whole words, after normalising both. */
export function containsWords(haystack: string, needle: string): boolean {
  const n = normalizeText(needle);
  if (n === "") return false;
  return ` ${normalizeText(haystack)} `.includes(` ${n} `);
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export { listOf } from "../facts/wording";

/** "Russia's"; a name ending in s takes a bare apostrophe ("Peskov's", "Assad's", "Jusoor Studies'"). */
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

/** Ends a sentence with a full stop unless it already has one. */
export function asSentence(text: string): string {
  const t = capitalize(text.trim());
  return /[.!?]["'”’]?$/.test(t) ? t : `${t}.`;
}

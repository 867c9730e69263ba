// One rule for every name and title people type (account names, class names,
// set titles, article headlines and outlets): it is shown to other people, so it
// must be visible text. Refused: control characters (NUL, line breaks, …), format
// characters such as the right-to-left override U+202E that makes "gpj.exe" read
// as "exe.jpg", line and paragraph separators, lone surrogates, and text that is
// nothing but spaces or zero-width characters. Zero-width joiners (U+200C, U+200D)
// stay allowed between visible characters: Persian words and emoji need them.
import { z } from "zod";

const FORBIDDEN = /[\p{Cc}\p{Zl}\p{Zp}\p{Cs}]|(?![\u200c\u200d])\p{Cf}/u;
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

export function hasOnlyDisplayableCharacters(text: string): boolean {
  return !FORBIDDEN.test(text);
}

export function hasVisibleText(text: string): boolean {
  return VISIBLE.test(text);
}

/** A trimmed single line of visible text, between 1 and `max` characters, with the given messages. */
export function displayTextSchema(o: { empty: string; max: number; tooLong: string }) {
  return z
    .string()
    .trim()
    .min(1, o.empty)
    .max(o.max, o.tooLong)
    .refine(hasOnlyDisplayableCharacters, {
      message: "Use only visible characters: no control or direction-changing characters",
    })
    .refine((s) => s.length === 0 || hasVisibleText(s), { message: o.empty });
}

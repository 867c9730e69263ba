// One spelling for the punctuation news copy varies (’ ´ ‘ for an apostrophe,
// “ ” for quotes, – — for dashes). Every replacement is one UTF-16 unit for one,
// so offsets in the normalised text are offsets in the original.
export function normalizePunctuation(text: string): string {
  return text
    .replace(/[’‘´`]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/[–—]/g, "-")
    .replace(/\u00A0/g, " ");
}

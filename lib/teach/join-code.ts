// Class join codes: short, read aloud and typed from a board, so no characters
// that look alike (0/O, 1/I/L) and no vowels-only words to worry about.

/** Digits and capitals without 0, O, 1, I and L. */
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 6;

/** A code from a source of random indexes (crypto.randomInt in the app, a seeded one in tests). */
export function makeJoinCode(randomIndex: (size: number) => number, length = JOIN_CODE_LENGTH): string {
  let code = "";
  for (let i = 0; i < length; i++) {
    const at = randomIndex(JOIN_CODE_ALPHABET.length);
    const c = JOIN_CODE_ALPHABET[at];
    if (c === undefined) throw new RangeError(`random index ${at} is outside the alphabet`);
    code += c;
  }
  return code;
}

/** Whether a code only uses the unambiguous alphabet (codes made before it, like the demo's, may not). */
export function isUnambiguous(code: string): boolean {
  return [...code].every((c) => JOIN_CODE_ALPHABET.includes(c));
}

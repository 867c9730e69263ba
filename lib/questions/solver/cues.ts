// The surface cues a test-wise learner reads without knowing anything: which option
// shares the stem's words, which is longest or most specific, which is the
// weakest of nested qualifiers, which fits the stem's grammar, which stands apart.
import { contentWords, overlap } from "../lint/words";
import { parseQuantityText } from "../quantities";

/** How strongly each cue counts; overlap first, as it is the commonest leak of generated items. */
export const CUE_WEIGHTS: Readonly<
  Record<"overlap" | "length" | "qualifier" | "grammar" | "oddOneOut" | "middle", number>
> = { overlap: 3, length: 1, qualifier: 2.5, grammar: 2, oddOneOut: 0.5, middle: 0.75 };

function rankScores(values: readonly number[]): number[] {
  const max = Math.max(...values);
  const min = Math.min(...values);
  return values.map((v) => (max === min ? 0 : (v - min) / (max - min)));
}

/** "more than N" options: the lowest wins; "up to N": the highest. */
function qualifierScores(options: readonly string[]): number[] {
  const parsed = options.map((o) => {
    const m = /^\s*(more than|over|at least|up to|as many as|at most)\s+(.+)$/i.exec(o);
    const q = m?.[2] ? parseQuantityText(m[2]) : undefined;
    return m?.[1] && q ? { lower: /^(more than|over|at least)$/i.test(m[1]), value: q.min } : undefined;
  });
  const out = options.map(() => 0);
  for (const lower of [true, false]) {
    const idx = parsed.flatMap((p, i) => (p && p.lower === lower ? [i] : []));
    if (idx.length < 2) continue;
    const values = idx.map((i) => parsed[i]?.value ?? 0);
    const best = lower ? Math.min(...values) : Math.max(...values);
    for (const i of idx) if (parsed[i]?.value === best) out[i] = 1;
  }
  return out;
}

/** "an" before the blank wants a vowel; "a" a consonant; "were"/plural nouns want a list. */
function grammarScores(stem: string, options: readonly string[]): number[] {
  const before = /\b(a|an)\s*(?:_____|\?|:)?\s*$/i.exec(stem.replace(/_____.*$/s, ""))?.[1]?.toLowerCase();
  const plural = /\b(which|what) (\w+s)\b/i.test(stem) || /\bwere\b/i.test(stem);
  return options.map((o) => {
    let s = 0;
    if (before === "an") s += /^[aeiou]/i.test(o) ? 1 : 0;
    if (before === "a") s += /^[aeiou]/i.test(o) ? 0 : 1;
    if (plural && /\band\b|,/.test(o)) s += 0.5;
    return s;
  });
}

/** The option least like the others in shape (digits, words, capitals): test-wise learners note it. */
function oddOneOutScores(options: readonly string[]): number[] {
  const shape = (o: string) =>
    `${/\d/.test(o) ? "d" : ""}${Math.min(3, Math.ceil(o.split(" ").length / 4))}${/^\p{Lu}/u.test(o) ? "C" : "l"}`;
  const shapes = options.map(shape);
  return shapes.map((s) => (shapes.filter((x) => x === s).length === 1 && options.length > 2 ? 1 : 0));
}

/** Numbers and dates: test-wise learners avoid the extremes. */
function middleScores(options: readonly string[]): number[] {
  const values = options.map((o) => {
    const when = /\b(1[89]\d\d|20\d\d)\b/.test(o) ? Date.parse(o) : Number.NaN;
    return Number.isNaN(when) ? parseQuantityText(o)?.min : when;
  });
  if (values.some((v) => v === undefined) || options.length < 3) return options.map(() => 0);
  const sorted = [...(values as number[])].sort((a, b) => a - b);
  const lo = sorted[0];
  const hi = sorted[sorted.length - 1];
  return (values as number[]).map((v) => (v !== lo && v !== hi ? 1 : 0));
}

/** Each option's combined cue score for a stem. */
export function cueScores(stem: string, options: readonly string[]): number[] {
  const stemWords = contentWords(stem);
  const optionWords = options.map((o) => contentWords(o));
  const inAll = new Set([...(optionWords[0] ?? [])].filter((w) => optionWords.every((ws) => ws.has(w))));
  const overlaps = rankScores(
    optionWords.map((ws) => overlap(new Set([...ws].filter((w) => !inAll.has(w))), stemWords)),
  );
  const lengths = rankScores(options.map((o) => o.length));
  const qualifiers = qualifierScores(options);
  const grammar = grammarScores(stem, options);
  const odd = oddOneOutScores(options);
  const middle = middleScores(options);
  const w = CUE_WEIGHTS;
  return options.map(
    (_, i) =>
      w.overlap * (overlaps[i] ?? 0) +
      w.length * (lengths[i] ?? 0) +
      w.qualifier * (qualifiers[i] ?? 0) +
      w.grammar * (grammar[i] ?? 0) +
      w.oddOneOut * (odd[i] ?? 0) +
      w.middle * (middle[i] ?? 0),
  );
}

/** Hedged statements tend to be true, absolute ones false. */
const ABSOLUTE = /\b(always|never|only|all|none|every|no one|nobody|entirely|completely|must|solely)\b/i;
const HEDGE =
  /\b(may|might|could|some|about|around|estimated|reportedly|often|usually|generally|likely|possibly|according to|more than|up to)\b/i;

/** True/false from cue words alone; with none, "true" (statements are more often true). */
export function trueFalseGuess(statement: string): boolean {
  const absolute = ABSOLUTE.test(statement);
  const hedged = HEDGE.test(statement);
  if (absolute && !hedged) return false;
  return true;
}

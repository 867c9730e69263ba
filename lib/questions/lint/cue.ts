// Cues: the key is the option that shares the stem's words (the classic flaw of
// "which sentence supports this statement?" when the statement copies the sentence),
// or a stem word names something only the key has.
import type { GenerationContext } from "../context";
import type { Question } from "../schema";
import { normalizeText } from "../text";
import { flaw, type Flaw } from "./types";
import { contentWords, distractorsOf, overlap, sameRoot } from "./words";
import { questionStem } from "../stem";

/** Overlap of each option's content words with the stem's, the words every option shares left out. */
export function optionOverlaps(stem: string, options: readonly string[]): number[] {
  const stemWords = contentWords(stem);
  const words = options.map((o) => contentWords(o));
  const inAll = new Set([...(words[0] ?? [])].filter((w) => words.every((ws) => ws.has(w))));
  return words.map((ws) => overlap(new Set([...ws].filter((w) => !inAll.has(w))), stemWords));
}

/**
 * Single-answer kinds: the key stands out when it shares clearly more stem words
 * than any distractor (at least two more, and half as many again). Multi-select:
 * when every key outscores every distractor that way.
 */
export function wordOverlapFlaws(q: Question): Flaw[] {
  if (q.kind !== "single-choice" && q.kind !== "evidence" && q.kind !== "multi-select") return [];
  const stem = questionStem(q);
  const scores = optionOverlaps(stem, q.choices);
  const isKey = q.choices.map((c) => q.answers.some((a) => normalizeText(a) === normalizeText(c)));
  const keyScores = scores.filter((_, i) => isKey[i]);
  const otherScores = scores.filter((_, i) => !isKey[i]);
  if (keyScores.length === 0 || otherScores.length === 0) return [];
  const weakestKey = Math.min(...keyScores);
  const bestOther = Math.max(...otherScores);
  if (weakestKey >= bestOther + 2 && weakestKey >= 1.5 * bestOther) {
    const what = q.kind === "multi-select" ? "every right option shares" : "the key shares";
    return [
      flaw(
        "word-overlap-cue",
        "moderate",
        `${what} ${weakestKey} words with the stem, no wrong option more than ${bestOther}: it can be found without reading`,
      ),
    ];
  }
  return [];
}

/** The names a choice goes by: an entity's every name, and its country's, else the text itself. */
function namesOf(ctx: GenerationContext, text: string): string[] {
  const id = ctx.index.entities.resolve(text);
  if (id === undefined) return [text];
  const country = ctx.index.entities.country(id);
  return [...ctx.index.entities.names(id), ...(country ? ctx.index.entities.names(country) : [])];
}

const words = (text: string) =>
  normalizeText(text)
    .split(" ")
    .filter((w) => w.length >= 4);

/**
 * A stem word that names the key or its country ("Turkish", "Kazakh capital") and
 * no distractor: a learner matches the word instead of knowing the answer. Only
 * for short options (names, places), where one shared word is the whole cue.
 */
export function stemGiveawayFlaws(q: Question, ctx: GenerationContext): Flaw[] {
  if (q.kind !== "single-choice" && q.kind !== "multi-select") return [];
  const distractors = distractorsOf(q);
  if (distractors.length === 0 || q.choices.some((c) => c.split(" ").length > 5)) return [];
  const stemWords = words(q.prompt);
  const hits = (text: string) =>
    stemWords.filter((s) => namesOf(ctx, text).some((n) => words(n).some((w) => sameRoot(s, w))));
  const out: Flaw[] = [];
  for (const key of q.answers) {
    const cue = hits(key).find((s) => distractors.every((d) => !hits(d).includes(s)));
    if (cue)
      out.push(
        flaw(
          "stem-giveaway-word",
          "moderate",
          `the stem word "${cue}" points to the key "${key}" and to no wrong option`,
        ),
      );
  }
  return out.slice(0, 1);
}

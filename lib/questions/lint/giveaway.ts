// Items that give each other away in one bank: a teacher reads a bank as one sheet,
// and an item whose key another item prints beside the same story ("Before the Moscow
// talks of March 2020" next to "Putin and Erdogan met in _____ in March 2020"), two
// blanks in halves of one sentence, or two items offering the same options, are one
// item too many (docs/QUALITY.md, afternoon audit). Such "enemy" items may share a
// bank but never a quiz: assembleQuiz keeps them apart.
import { CLOZE_BLANK, MATCH_ARROW, type Question } from "../schema";
import { normalizeText } from "../text";
import { flaw, type Flaw } from "./types";
import { contentWords, overlap, shownTexts } from "./words";

/** Words two texts must share, besides the key, to be about the same thing. */
const SAME_STORY_WORDS = 2;

/** What a learner must supply or pick: named keys, not "True" or an order. */
function keysOf(q: Question): string[] {
  if (q.kind === "true-false" || q.kind === "ordering") return [];
  if (q.kind === "matching") return q.answers.flatMap((a) => a.split(MATCH_ARROW).slice(1));
  // A cloze accepts several spellings; its first is the article's own.
  if (q.kind === "cloze") return q.answers.slice(0, 1);
  return q.answers;
}

/** What the checks read of an item, worked out once per item: quiz assembly asks for every pair. */
type Reading = {
  /** Everything a learner reads on the item's page, normalised and padded for whole-word search. */
  shown: string;
  shownWords: Set<string>;
  /** The stem alone (blank and options left out): what the item is about. */
  stemWords: Set<string>;
  options: Set<string>;
};
const READINGS = new WeakMap<Question, Reading>();

function read(q: Question): Reading {
  let r = READINGS.get(q);
  if (r === undefined) {
    const shown = shownTexts(q)
      .map((t) => t.text)
      .join(" \n ");
    const stem =
      q.kind === "true-false" || q.kind === "evidence" ? q.statement : q.kind === "cloze" ? q.text : q.prompt;
    r = {
      shown: ` ${normalizeText(shown)} `,
      shownWords: contentWords(shown),
      stemWords: contentWords(stem.replace(CLOZE_BLANK, " ")),
      options: new Set(optionSet(q)),
    };
    READINGS.set(q, r);
  }
  return r;
}

function mentions(shown: string, key: string): boolean {
  const k = normalizeText(key);
  return k.length >= 3 && shown.includes(` ${k} `);
}

/** Why `b`, shown in the same bank, gives `a` away; undefined when it does not. */
export function givenAwayBy(a: Question, b: Question): string | undefined {
  if (a.id === b.id) return undefined;
  // Two items on one fact ask it twice, whatever their words.
  const fact = a.factIds.find((id) => b.factIds.includes(id));
  if (fact !== undefined) return `${b.id} asks the same fact (${fact})`;
  const ra = read(a);
  const rb = read(b);
  for (const key of keysOf(a)) {
    if (!mentions(rb.shown, key)) continue;
    // A date or a figure is specific enough that printing it anywhere gives it away.
    if (/\d/.test(key)) return `"${key}", its key, is printed in ${b.id}`;
    const keyWords = contentWords(key);
    const shared = [...rb.shownWords].filter((w) => ra.stemWords.has(w) && !keyWords.has(w)).length;
    if (shared >= SAME_STORY_WORDS) return `"${key}", its key, is printed in ${b.id}, which is about the same thing`;
  }
  // Two blanks in one sentence, or one sentence asked twice: each reads the other's answer.
  if (a.kind === "cloze" && b.kind === "cloze" && a.evidence[0]?.quote === b.evidence[0]?.quote)
    return `${b.id} blanks the same sentence`;
  // The same options offered again: one question asked twice.
  const shared = overlap(ra.options, rb.options);
  const sameKey = a.answers.join("|") === b.answers.join("|");
  if (a.kind === b.kind && shared >= 3 && sameKey) return `${b.id} offers the same options, with the same key`;
  // Two orderings with two events in common test one sequence twice.
  if (a.kind === "ordering" && b.kind === "ordering" && shared >= 2) return `${b.id} orders the same events`;
  return undefined;
}

function optionSet(q: Question): string[] {
  if (q.kind === "true-false" || q.kind === "cloze") return [];
  return (q.kind === "matching" ? [...q.left, ...q.right] : q.choices).map(normalizeText);
}

/** The give-aways of a whole bank, as flaws of the later item (by id) of each pair. */
export function giveawayFlaws(questions: readonly Question[]): Map<string, Flaw[]> {
  const out = new Map<string, Flaw[]>();
  for (const a of questions)
    for (const b of questions) {
      const why = givenAwayBy(a, b);
      // Minor: quizzes never hold both (quiz.ts); a teacher building a set by hand sees the note.
      if (why !== undefined && !out.has(a.id))
        out.set(a.id, [flaw("gives-away", "minor", `${why}: never in one quiz with it`)]);
    }
  return out;
}

/** Whether either item gives the other away: the chooser keeps only one of such a pair. */
export function clash(a: Question, b: Question): boolean {
  return givenAwayBy(a, b) !== undefined || givenAwayBy(b, a) !== undefined;
}

// Items that give each other away in one bank: a teacher reads a bank as one sheet,
// and an item whose key another item prints beside the same story ("Before the Moscow
// talks of March 2020" next to "Putin and Erdogan met in _____ in March 2020"), two
// blanks in halves of one sentence, or two items offering the same options, are one
// item too many (docs/QUALITY.md, afternoon audit). Such "enemy" items may share a
// bank but never a quiz: assembleQuiz keeps them apart.
import { CLOZE_BLANK, MATCH_ARROW, type Question } from "../schema";
import { MONTH_NAMES } from "../../facts/wording";
import { normalizeText } from "../text";
import { flaw, type Flaw } from "./types";
import { contentWords, overlap, shownTexts } from "./words";

/** A key of this many content words is a sentence: restated elsewhere with this share of its words, it is given away. */
const LONG_KEY_WORDS = 6;
const RESTATED_SHARE = 0.75;

/** Words two texts must share, besides the key, to be about the same thing. */
const SAME_STORY_WORDS = 2;

/** What a learner must supply or pick: named keys, not "True" or an order. */
function keysOf(q: Question): string[] {
  if (q.kind === "true-false" || q.kind === "ordering") return [];
  if (q.kind === "matching") return q.answers.flatMap((a) => a.split(MATCH_ARROW).slice(1));
  // A cloze accepts several spellings: its first is the article's own, and a date's other forms ("February 27")
  // give it away as surely.
  if (q.kind === "cloze") return q.answers.filter((a, i) => i === 0 || /\d/.test(a));
  return q.answers;
}

const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2}) (${MONTH_NAMES.join("|")}) \\d{4}$`);

/**
 * The ways a key is printed elsewhere: a dated key also without its year, either way round ("17 September 2018"
 * is answered by "September 17"), and a person's name also by the surname alone ("Cavusoglu said …").
 */
function printedForms(key: string): string[] {
  const date = DAY_MONTH_YEAR.exec(key);
  if (date) return [key, `${date[2]} ${date[1]}`, `${date[1]} ${date[2]}`];
  const words = key.trim().split(/\s+/);
  const last = words.at(-1) ?? "";
  const name = words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w)) && last.length >= 4;
  return name ? [key, last] : [key];
}

/** Capitalised words of a stem past its first word: the names that say which story it is. */
function namesIn(text: string): Set<string> {
  const words = text.replace(CLOZE_BLANK, " ").split(/\s+/).slice(1);
  return contentWords(words.filter((w) => /^\p{Lu}/u.test(w)).join(" "));
}

/** What the checks read of an item, worked out once per item: quiz assembly asks for every pair. */
type Reading = {
  /** Everything a learner reads on the item's page, normalised and padded for whole-word search. */
  shown: string;
  shownWords: Set<string>;
  /** The stem alone (blank and options left out): what the item is about. */
  stemWords: Set<string>;
  /** The names in the stem ("Astana", "Damascus"): one of them shared is as telling as two plain words. */
  stemNames: Set<string>;
  options: Set<string>;
  /** Its keys, each with its content words. */
  keys: { key: string; words: Set<string> }[];
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
      stemNames: namesIn(stem),
      options: new Set(optionSet(q)),
      keys: keysOf(q).map((key) => ({ key, words: contentWords(key) })),
    };
    READINGS.set(q, r);
  }
  return r;
}

function mentions(shown: string, key: string): boolean {
  const k = normalizeText(key);
  // A two-digit figure ("36") is as telling as a name; a two-letter word is not.
  return (k.length >= 3 || /\d/.test(k)) && shown.includes(` ${k} `);
}

/** Why `b`, shown in the same bank, gives `a` away; undefined when it does not. */
export function givenAwayBy(a: Question, b: Question): string | undefined {
  if (a.id === b.id) return undefined;
  // Two items on one fact ask it twice, whatever their words.
  const fact = a.factIds.find((id) => b.factIds.includes(id));
  if (fact !== undefined) return `${b.id} asks the same fact (${fact})`;
  const ra = read(a);
  const rb = read(b);
  const printed = ra.keys.filter(({ key }) => printedForms(key).some((form) => mentions(rb.shown, form)));
  for (const { key, words: keyWords } of printed) {
    // A date or a figure is specific enough that printing it anywhere gives it away.
    if (/\d/.test(key)) return `"${key}", its key, is printed in ${b.id}`;
    const shared = [...rb.shownWords].filter((w) => ra.stemWords.has(w) && !keyWords.has(w));
    // "Where …?" is answered by any mention of the place beside the same event ("the talks in Moscow").
    const where = /^where\b/i.test(a.prompt) && shared.length >= 1;
    const sameStory = where || shared.length >= SAME_STORY_WORDS || shared.some((w) => ra.stemNames.has(w));
    if (sameStory) return `"${key}", its key, is printed in ${b.id}, which is about the same thing`;
  }
  // A sentence-long key another item restates in its own words ("Tensions in Idlib escalated after militants
  // unleashed a large-scale offensive, according to …" as a wrong option elsewhere): most of its words are there.
  for (const { words } of ra.keys) {
    if (words.size >= LONG_KEY_WORDS && overlap(words, rb.shownWords) >= RESTATED_SHARE * words.size)
      return `${b.id} restates its key`;
  }
  // A select-all whose every key another item lists ("the Astana talks of Turkey, Russia and Iran").
  if (a.kind === "multi-select" && ra.keys.length >= 2 && printed.length === ra.keys.length) {
    if ([...rb.shownWords].some((w) => ra.stemWords.has(w))) return `${b.id} lists all of its keys`;
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

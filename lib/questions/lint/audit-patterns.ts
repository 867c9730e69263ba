// Flaws a teacher's audit of the seed bank found that the first lint missed
// (docs/QUALITY.md), each written as a rule about the item's surface and the fact
// base, never about one article:
// - a key that is the only option naming anything the stem names (a name or a number);
// - a cloze whose text points back to what the learner never sees, anywhere in it
//   ("such an offensive", "in that zone", "In response", "he added");
// - a cloze blank the words beside it give away ("Russian President _____", "the
//   Kazakh capital, _____", "the _____ Security Council") or on the story's topic word;
// - a person offered as absent from talks their own country took part in (a minister
//   may have sat in the delegation);
// - the title of someone every headline names, and a count of calls or meetings,
//   asked in any kind.
import type { GenerationContext } from "../context";
import type { Question } from "../schema";
import { CLOZE_BLANK } from "../schema";
import { normalizeText } from "../text";
import { TRIVIAL_COUNTS } from "./trivia";
import { flaw, type Flaw } from "./types";
import { distractorsOf, factsOf, importanceOf } from "./words";

const headlines = (ctx: GenerationContext) => [...ctx.index.articles.values()].map((a) => a.title);

/** Names and numbers: the words that single out what a text is about. */
function distinctive(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\b(\p{Lu}[\p{L}'’-]{2,}|\d[\d,.]*)/gu)) {
    const w = normalizeText(m[1]!);
    if (w.length >= 2) out.add(w);
  }
  return out;
}

/** Sentence openers that are capitalised but name nothing. */
const FUNCTION_WORDS = new Set(
  "the a an this that these those it he she they his her its their we our in on at by for from with and but or as after before when while which who what where why how".split(
    " ",
  ),
);

function namesShared(a: string, b: string): string[] {
  const bw = distinctive(b);
  return [...distinctive(a)].filter((w) => bw.has(w) && !FUNCTION_WORDS.has(w));
}

/** The key alone names something the stem names: matched, not known. */
export function onlyKeyNamesFlaws(q: Question): Flaw[] {
  if (q.kind !== "single-choice" && q.kind !== "evidence" && q.kind !== "multi-select") return [];
  const stem = q.kind === "evidence" ? q.statement : q.prompt;
  const distractors = distractorsOf(q);
  if (distractors.length === 0) return [];
  const others = new Set(distractors.flatMap((d) => namesShared(d, stem)));
  for (const key of q.answers) {
    const shared = namesShared(key, stem).filter((w) => !others.has(w));
    // Single-choice and select-all: the key's names beside none; an evidence sentence: any name of the
    // statement's that only the keyed sentence carries ("Peskov", "Hurriyet") singles it out.
    if (shared.length > 0 && (q.kind === "evidence" || others.size === 0))
      return [
        flaw(
          "word-overlap-cue",
          "moderate",
          `only the key names "${shared[0]}", as the stem does: it can be matched without knowing`,
        ),
      ];
  }
  return [];
}

/** References to something said before, anywhere in a sentence shown alone. */
const POINTS_BACK =
  /\b(such an? \p{L}+|(?:in|at|of|from|to|for|on) that (?!is\b|was\b|the\b)[\p{L}-]+(?: [\p{L}-]+)?|(?:he|she) (?:added|said|stressed|noted)[.,]?$|the analyst said|met previously|the (?:two|three) (?:men|leaders|sides)\b)/iu;
const OPENS_ON_RESPONSE = /^["“]?(In response|Meanwhile|However|In turn|Instead|Nevertheless|Still),?\s/i;

export function clozeContextFlaws(q: Question): Flaw[] {
  if (q.kind !== "cloze") return [];
  const text = q.text.trim();
  const back = POINTS_BACK.exec(text)?.[1] ?? OPENS_ON_RESPONSE.exec(text)?.[1];
  if (back === undefined) return [];
  return [
    flaw("missing-antecedent", "moderate", `the sentence shown alone says "${back}", which points to text not shown`),
  ];
}

/** Words just before a blank that name what fills it. */
const NAMING_BEFORE =
  /\b(President|Prime Minister|Foreign Minister|Defen[cs]e Minister|Minister|counterpart|spokesman|spokeswoman|capital,?|leader|King|Chancellor)\s*$/;
const NAMING_AFTER = /^\s*(Security Council|Nations|Observatory for Human Rights)\b/;

export function clozeGiveawayFlaws(q: Question, ctx: GenerationContext): Flaw[] {
  if (q.kind !== "cloze") return [];
  const [before = "", after = ""] = q.text.split(CLOZE_BLANK);
  const named = NAMING_BEFORE.exec(before)?.[1] ?? NAMING_AFTER.exec(after)?.[1];
  if (named)
    return [flaw("stem-giveaway-word", "moderate", `"${named}" beside the blank says what fills it, without reading`)];
  // The topic word: an answer most of the corpus's headlines name.
  const titles = headlines(ctx);
  // Any accepted spelling counts: "Idlib region" is the topic "Idlib" all the same.
  for (const answer of q.answers) {
    const key = normalizeText(answer);
    if (titles.length < 2 || key.length === 0) continue;
    const inTitles = titles.filter((t) => normalizeText(t).split(" ").includes(key)).length;
    if (inTitles * 2 >= titles.length)
      return [flaw("stem-giveaway-word", "moderate", `the blank is "${q.answers[0]}", the topic most headlines name`)];
  }
  return [];
}

/** A person offered as absent from talks their own country took part in. */
export function delegationFlaws(q: Question, ctx: GenerationContext): Flaw[] {
  if ((q.kind !== "single-choice" && q.kind !== "multi-select") || q.probe?.slot !== "participants") return [];
  const { entities } = ctx.index;
  const sides = new Set<string>();
  for (const a of q.answers) {
    const id = entities.resolve(a);
    if (id === undefined) continue;
    sides.add(entities.country(id) ?? id);
  }
  for (const d of distractorsOf(q)) {
    const id = entities.resolve(d);
    const country = id === undefined ? undefined : entities.country(id);
    if (id !== undefined && entities.type(id) === "person" && country !== undefined && sides.has(country))
      return [
        flaw(
          "incomplete-participant-key",
          "serious",
          `"${d}" is offered as absent, but their country took part: they may have been in its delegation`,
        ),
      ];
  }
  return [];
}

/** Titles of people every headline names, and counts of calls or meetings, in any kind of item. */
export function obviousTriviaFlaws(q: Question, ctx: GenerationContext): Flaw[] {
  const facts = factsOf(q, ctx);
  const main = facts[0];
  if (!main || importanceOf(main) === "core") return [];
  if (main.kind === "figure" && TRIVIAL_COUNTS.some((r) => r.test(main.counts)))
    return [flaw("trivia-target", "moderate", `it is about a count of ${main.counts}: trivia, not the story`)];
  if (main.kind === "role") {
    const names = ctx.index.entities.names(main.person).map(normalizeText);
    const titles = headlines(ctx).map(normalizeText);
    if (titles.length > 0 && titles.filter((t) => names.some((n) => t.includes(n))).length * 2 >= titles.length)
      return [
        flaw(
          "trivia-target",
          "moderate",
          `it asks the title of ${ctx.index.entities.name(main.person)}, whom most headlines name`,
        ),
      ];
  }
  return [];
}

/** A date asked for with quotes that give no date: the evidence does not prove the key. */
export function datelessEvidenceFlaws(q: Question): Flaw[] {
  const asksDate = q.kind === "date" || (q.kind === "cloze" && q.answerType === "date");
  if (!asksDate || q.kind === "cloze") return [];
  const dated = q.evidence.some((e) => DATE_WORDS.test(e.quote));
  return dated ? [] : [flaw("unsupported-key", "serious", "none of the quotes gives a date, so none proves the key")];
}
const DATE_WORDS =
  /\b(\d{4}|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow|last (?:week|month|year)|next (?:week|month|year)|this (?:week|month|year)|end of the (?:week|month|year))\b/i;

/** A meeting's date blanked in a sentence that names neither its place nor anything else only it had. */
export function ambiguousMeetingDateFlaws(q: Question, ctx: GenerationContext): Flaw[] {
  if (q.kind !== "cloze" || q.answerType !== "date") return [];
  for (const fact of factsOf(q, ctx)) {
    if (fact.kind !== "meeting" || fact.place === undefined) continue;
    const others = ctx.index.meetings.filter(
      (m) => m !== fact && m.date !== undefined && fact.participants.every((p) => m.participants.includes(p)),
    );
    if (others.length > 0 && !ctx.index.entities.isMentioned(fact.place, q.text))
      return [
        flaw(
          "recurring-event-dating",
          "serious",
          "the same people met on other dates, and the sentence does not say which meeting it is",
        ),
      ];
  }
  return [];
}

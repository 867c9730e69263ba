// Flaws the teacher's second and third audit rounds found (docs/QUALITY.md), each a
// rule about an item's surface and the fact base, never about one article:
// - typed blanks a well-read learner can fill another way: words with synonyms, a
//   capital standing for its state, one of several agreements, a bound ("more than
//   _____") any smaller number satisfies, a name to recall rather than recognise;
// - text shown alone that leans on what is not shown ("their positions", "the
//   province", "this year");
// - options that name another side's assets, so only the key fits the stem's actor;
// - a head of state's title, which every reader knows;
// - a statement made flat where its source only expected or reported it.
import type { GenerationContext } from "../context";
import { sameDate } from "../dates";
import type { Question } from "../schema";
import { CLOZE_BLANK } from "../schema";
import { normalizeText } from "../text";
import { MEETING_SIZE } from "../wording";
import { isRemark } from "./trivia";
import { flaw, type Flaw } from "./types";
import { contentWords, distractorsOf, factsOf, importanceOf, sameRoot } from "./words";

const PLACE_PREPOSITION = /\b(in|at|near|outside|from|to|into|of the city of)\s*$/i;
const QUALIFIED_BOUND =
  /\b(more than|over|at least|up to|nearly|almost|about|around|some|roughly|fewer than|less than)\s*$/i;
/** A place that acts ("could push _____ and", "_____ has said"): a city standing for its state. */
const ACTS_BEFORE = /\b(push|pushed|pushes|urge|urged|accuse|accused|told|warned|asked|pressed|and|between)\s*$/i;
const ACTS_AFTER =
  /^\s*(and|has|have|had|is|was|said|says|wants|wanted|will|would|can|could|did|does|insists?|agreed)\b/i;
/** A report named in the prompt ("as the RFE/RL report gives it") makes a bound figure that report's figure. */
const CREDITED = /\bas (?:the )?[^.?!]* (?:report|reports|agency|daily|ministry) gives? it\b/i;

/** The blank sits between an opening and a closing quotation mark: the article's exact words, not a fact. */
function insideQuotation(before: string): boolean {
  const opens = (before.match(/[“"]/g) ?? []).length - (before.match(/”/g) ?? []).length;
  return before.includes("“") ? opens > 0 : opens % 2 === 1;
}

export function typedBlankFlaws(q: Question, ctx: GenerationContext): Flaw[] {
  if (q.kind !== "cloze") return [];
  const [before = "", after = ""] = q.text.split(CLOZE_BLANK);
  const { entities } = ctx.index;
  const key = q.answers[0] ?? "";
  const id = entities.resolve(key);
  const type = id === undefined ? undefined : entities.type(id);
  if (q.answerType === "text")
    return [
      flaw(
        "wrong-or-ambiguous-key",
        "moderate",
        `a blank of ordinary words ("${key}") has synonyms the grader cannot know; ask it with choices`,
      ),
    ];
  if (insideQuotation(before))
    return [
      flaw("trivia-target", "moderate", "the blank is inside a quotation: it tests the exact words, not the fact"),
    ];
  if (q.answerType === "quantity" && QUALIFIED_BOUND.test(before) && !CREDITED.test(q.prompt))
    return [
      flaw(
        "wrong-or-ambiguous-key",
        "moderate",
        `"${QUALIFIED_BOUND.exec(before)?.[1]} _____" is true of other numbers too, and no report is named to pin it`,
      ),
    ];
  if (type === "person")
    return [
      flaw(
        "trivia-target",
        "moderate",
        "it asks a name to be typed from memory; who did it is better asked with choices",
      ),
    ];
  if (type === "agreement" || type === "talks")
    if (entities.ofType(type).length > 1)
      return [flaw("wrong-or-ambiguous-key", "moderate", `the articles name other ${type} that fit the same words`)];
  if (type !== "place" && type !== "country") return [];
  // "committed to the _____ agreements": a place naming an agreement, where other agreements fit too.
  if (/^\s*(agreements?|memorandum|deal|accords?|process|format|talks)\b/i.test(after))
    return [
      flaw(
        "wrong-or-ambiguous-key",
        "moderate",
        `"${key}" names ${/^\s*(\S+)/.exec(after)?.[1] ?? "an agreement"} here, and others fit the words as well`,
      ),
    ];
  const capitalOf = type === "place" ? entities.country(id ?? "") : undefined;
  // "could push _____ and the Syrian regime": a capital standing for its state, whose name fits too.
  if (capitalOf !== undefined && (ACTS_BEFORE.test(before) || ACTS_AFTER.test(after)))
    return [
      flaw(
        "wrong-or-ambiguous-key",
        "moderate",
        `"${key}" stands for its state here, so "${entities.name(capitalOf)}" fits the blank as well`,
      ),
    ];
  // "Speaking in _____ on September 14": where someone happened to be when they spoke.
  if (PLACE_PREPOSITION.test(before) && (isRemark(before.split(/[,;]/).pop() ?? "") || /\bspeaking\b/i.test(before)))
    return [flaw("trivia-target", "moderate", "it asks where someone was when they spoke, not what they said")];
  // "a cease-fire in _____": the blank's neighbours are the story's own words.
  if (/\b(conflict|war|crisis|cease-?fire|offensive|province|region) in\s*$/i.test(before))
    return [flaw("stem-giveaway-word", "moderate", `the words before the blank name the story the blank is about`)];
  if (/^\s*(regime|government|authorities)\b/i.test(after))
    return [flaw("trivia-target", "moderate", "it blanks whose regime is meant, not what the sentence says of it")];
  return [];
}

/** Words that point to a thing named only in text not shown: "their positions", "the province", "this year". */
const LEANS_BACK =
  /\b(their (?:positions|troops|forces|side)|the (?:province|region|zone|war|conflict|enclave)\b(?! of\b)|the [\d\s/½-]+-year (?:war|conflict)|this year|last year|this month|last month|the (?:analyst|expert)(?! \p{Lu}))\b/iu;

/** Text shown alone (a cloze sentence, a true/false statement, a choice) that needs an unseen sentence. */
export function leansBackFlaws(q: Question, ctx: GenerationContext): Flaw[] {
  const texts: { where: string; text: string }[] = [];
  if (q.kind === "cloze") texts.push({ where: "text", text: q.text });
  if (q.kind === "true-false") texts.push({ where: "statement", text: q.statement });
  if (q.kind === "single-choice" || q.kind === "multi-select")
    for (const c of q.choices) texts.push({ where: "option", text: c });
  for (const { where, text } of texts) {
    const why = leansOnUnseen(ctx, text, where === "option");
    if (why) return [flaw("missing-antecedent", "moderate", `the ${where} ${why}`)];
  }
  return [];
}

/** Why a text shown alone needs a sentence not shown, or undefined; generators use it to leave such options out. */
export function leansOnUnseen(ctx: GenerationContext, text: string, asOption: boolean): string | undefined {
  const m = LEANS_BACK.exec(text);
  // "the province" pinned by a name in the same text ("Syria's Idlib province … the province") is fine.
  if (m && !namesAPlaceBefore(text, m.index)) return `says "${m[1]}", which is named only in text not shown`;
  // "following his Thursday talks": a possessive with no person named before it.
  const his = /\b(his|her)\b/i.exec(text);
  const people = his ? ctx.index.entities.mentionedIn(text.slice(0, his.index)) : [];
  if (asOption && his && !people.some((id) => ctx.index.entities.type(id) === "person"))
    return `says "${his[1]}" before naming anyone`;
  return undefined;
}

function namesAPlaceBefore(text: string, at: number): boolean {
  const head = text.slice(0, at);
  // Time words need a date, not a name: "this year" is pinned only by a year.
  if (/^(this|last)/i.test(text.slice(at))) return /\b(1[89]|20)\d\d\b/.test(text);
  return /\b(Idlib|Syria|Ukraine|Gaza|Tigray|Donbas|province of|region of)\b|\b\p{Lu}\p{L}+(?:'s|’s)\s+\p{Lu}/u.test(
    head,
  );
}

/**
 * A choice item whose wrong options name another country's people or assets while
 * the stem asks about one actor ("Why did Turkey…?" against "Russia's air base"):
 * only the key belongs to the stem's side.
 */
export function otherSideOptionFlaws(q: Question, ctx: GenerationContext): Flaw[] {
  if (q.kind !== "single-choice" && q.kind !== "multi-select") return [];
  if (q.aim === undefined || q.aim === "recall" || q.aim === "source") return [];
  const countries = ctx.index.entities.ofType("country").map((id) => ctx.index.entities.names(id));
  const named = (text: string) => {
    const words = normalizeText(text).split(" ");
    return countries.filter((names) => names.some((n) => words.some((w) => sameRoot(w, n)))).map((n) => n[0] ?? "");
  };
  const inStem = new Set(named(q.prompt));
  if (inStem.size === 0) return [];
  const keyNamesStem = q.answers.some((a) => named(a).some((c) => inStem.has(c)));
  for (const d of distractorsOf(q)) {
    const outside = named(d).filter((c) => !inStem.has(c));
    if (outside.length > 0 && !q.answers.some((a) => named(a).includes(outside[0] ?? "")))
      return [flaw("absurd-distractor", "moderate", `"${d}" is about ${outside[0]}, not the side the stem asks about`)];
  }
  const distractorsNameStem = distractorsOf(q).some((d) => named(d).some((c) => inStem.has(c)));
  if (keyNamesStem && !distractorsNameStem)
    return [flaw("word-overlap-cue", "moderate", "only the key names the country the stem asks about")];
  return [];
}

/** A head of state or government's title: the one thing every reader of the news already knows. */
export const HEAD_OF_STATE = /\b(President|Prime Minister|King|Queen|Chancellor|Supreme Leader)\b/i;

export function headOfStateTitleFlaws(q: Question, ctx: GenerationContext): Flaw[] {
  if (q.kind !== "single-choice" && q.kind !== "multi-select" && q.kind !== "true-false" && q.kind !== "cloze")
    return [];
  for (const f of factsOf(q, ctx)) {
    if (f.kind !== "role" || importanceOf(f) === "core" || !HEAD_OF_STATE.test(f.office)) continue;
    return [
      flaw(
        "trivia-target",
        "moderate",
        `it asks that ${ctx.index.entities.name(f.person)} is ${f.office}, which every reader knows`,
      ),
    ];
  }
  return [];
}

/** "It is expected that Turkey will seek…", "This would entail…": asked as a flat fact, it says more than the source. */
const HEDGED =
  /\b(it is expected|is expected to|are expected to|would entail|would mean|may|might|could|is likely to|reportedly|hopes? to)\b/i;
const HEDGE_KEPT = /\b(expected|would|may|might|could|likely|according to|said|says|hoped?|reported|claims?|plans?)\b/i;

export function flattenedHedgeFlaws(q: Question): Flaw[] {
  const quotes = q.evidence.map((e) => e.quote);
  if (!quotes.some((t) => HEDGED.test(t))) return [];
  if (quotes.some((t) => !HEDGED.test(t))) return [];
  const stated = q.kind === "true-false" ? q.statement : q.prompt;
  if (HEDGE_KEPT.test(stated)) return [];
  return [
    flaw(
      "unattributed-contested-claim",
      "moderate",
      "the source only expects or reports it, but the item states it as what happened",
    ),
  ];
}

/** "Rouhani took part in the bilateral talks": "bilateral" says a third name cannot belong. */
export function sizeWordCueFlaws(q: Question): Flaw[] {
  if (q.kind !== "true-false" || q.answers[0] !== "False" || q.claim?.type !== "meeting") return [];
  const m = MEETING_SIZE.exec(q.statement);
  return m
    ? [flaw("stem-giveaway-word", "moderate", `"${m[1]}" says how many took part, so a wrong name gives itself away`)]
    : [];
}

/**
 * "Putin and Erdogan agreed a plan in Sochi on 15 October 2018", keyed False: every item that dates the
 * event proves it false, a deadline reused as the wrong date teaches that a date means False, and where the
 * date is what is asked, a date item asks it without the guesswork (round-G audit: 3 of 3 such items rejected).
 */
export function swappedDateFlaws(q: Question, ctx: GenerationContext): Flaw[] {
  if (q.kind !== "true-false" || q.answers[0] !== "False" || q.claim === undefined) return [];
  const claimed = q.claim.type === "deal" ? q.claim.deadline : "date" in q.claim ? q.claim.date : undefined;
  if (claimed === undefined) return [];
  const own = factsOf(q, ctx).flatMap((f) => {
    const d = f.kind === "deal-term" ? f.deadline : "date" in f ? f.date : undefined;
    return d === undefined ? [] : [d];
  });
  if (!own.some((d) => !sameDate(d, claimed))) return [];
  return [flaw("swapped-date", "moderate", "false only by a swapped date: ask the date as a date item")];
}

/**
 * "According to BSS, an estimated 1.1 million people were killed": a figure no report gives, swapped in to
 * make a statement false, is an invented number (round-H audit); another report's figure for the same
 * measure would be the disagreement itself, worth asking.
 */
export function inventedFigureFlaws(q: Question, ctx: GenerationContext): Flaw[] {
  if (q.kind !== "true-false" || q.answers[0] !== "False" || q.claim?.type !== "figure") return [];
  const claimed = q.claim.quantity;
  const reported = [...ctx.index.byId.values()].some(
    (f) => f.kind === "figure" && f.quantity.min === claimed.min && f.quantity.max === claimed.max,
  );
  return reported ? [] : [flaw("absurd-distractor", "moderate", "false only by a figure no report gives")];
}

/** Words past which a statement is read as a copied sentence: recognised, not judged (round-H audit). */
const LONG_STATEMENT_WORDS = 16;

/**
 * A long true statement copied from its report beside short false ones: "long means True" scored six of six
 * in the round-H audit. A statement a learner can judge is short, whichever its key.
 */
export function longStatementFlaws(q: Question): Flaw[] {
  if (q.kind !== "true-false") return [];
  const words = q.statement.trim().split(/\s+/).length;
  return words > LONG_STATEMENT_WORDS
    ? [flaw("word-overlap-cue", "moderate", `a ${words}-word statement: recognised as the report's sentence`)]
    : [];
}

/**
 * "Turkey backs the Syrian government", keyed False, with quotes only about Russia and Iran:
 * nothing shown to the learner proves it false. The quotes must name who the statement is about.
 */
export function unrefutedFalseFlaws(q: Question, ctx: GenerationContext): Flaw[] {
  if (q.kind !== "true-false" || q.answers[0] !== "False" || q.claim === undefined) return [];
  const subject = q.claim.type === "backs" ? q.claim.backer : q.claim.type === "office" ? q.claim.person : undefined;
  if (subject === undefined) return [];
  const { entities } = ctx.index;
  const words = (t: string) => normalizeText(t).split(" ");
  const named = q.evidence.some(
    (e) =>
      entities.isMentioned(subject, e.quote) ||
      entities.names(subject).some((n) => words(e.quote).some((w) => sameRoot(w, n))),
  );
  return named
    ? []
    : [
        flaw(
          "unsupported-key",
          "serious",
          `keyed False, but no quote says anything of ${entities.name(subject)}: nothing shown proves it false`,
        ),
      ];
}

/** "On opposite sides, yet partners": a word of the key that judges a relation must be the articles' own. */
const JUDGING = ["partner", "ally", "allies", "rival", "enemy", "enemies", "friend"];

export function unsupportedJudgementFlaws(q: Question): Flaw[] {
  if (q.kind !== "single-choice" && q.kind !== "multi-select") return [];
  const quotes = normalizeText(q.evidence.map((e) => e.quote).join(" "));
  for (const key of q.answers) {
    const word = JUDGING.find((j) => new RegExp(`\\b${j}`, "i").test(key) && !/\bnot\b/i.test(key));
    if (word !== undefined && !quotes.includes(word.slice(0, 4)))
      return [flaw("unsupported-key", "serious", `the key calls them "${word}…", a word none of its quotes uses`)];
  }
  return [];
}

/** "Who said that … after his talks with President Putin?": the pronoun points at the one who fits. */
export function pronounInQuestionFlaws(q: Question): Flaw[] {
  if (q.kind !== "single-choice" || !/\bwho said that\b/i.test(q.prompt)) return [];
  const m = /\b(his|her|my|our)\b/i.exec(q.prompt.replace(/^.*?\bwho said that\b/i, ""));
  return m
    ? [flaw("stem-giveaway-word", "moderate", `"${m[1]}" in the words quoted says whose they are, without reading`)]
    : [];
}

/**
 * A title asked on its own ("What is Lavrov's role?", "Lavrov is the Kremlin spokesman"): every audit
 * read these as trivia unless the person matters to the story; a who's-who matching asks them all at once.
 */
export function titleItemFlaws(q: Question, ctx: GenerationContext): Flaw[] {
  if (q.kind === "matching") return [];
  const facts = factsOf(q, ctx);
  if (facts.length !== 1 || facts[0]?.kind !== "role" || importanceOf(facts[0]) === "core") return [];
  return [flaw("trivia-target", "moderate", `it asks only ${ctx.index.entities.name(facts[0].person)}'s title`)];
}

/** "… according to the _____": which outlet reported a detail, typed from memory. */
export function reporterBlankFlaws(q: Question): Flaw[] {
  if (q.kind !== "cloze") return [];
  const before = q.text.split(CLOZE_BLANK)[0] ?? "";
  return /\b(according to|reported by|told|quoted by|said the)\s*(the\s*)?$/i.test(before)
    ? [flaw("trivia-target", "moderate", "it asks which outlet or speaker reported a detail, not the detail")]
    : [];
}

/** "Where did Putin and Erdogan hold bilateral talks?": the size word rules out the three-way summits offered. */
export function meetingSizeStemFlaws(q: Question): Flaw[] {
  if (q.kind !== "single-choice" && q.kind !== "date" && q.kind !== "cloze") return [];
  const slot = q.probe?.slot;
  if (slot !== "place" && slot !== "date") return [];
  const m = MEETING_SIZE.exec(q.prompt);
  return m ? [flaw("stem-giveaway-word", "moderate", `"${m[1]}" in the stem rules out meetings of another size`)] : [];
}

/** "Syrian government" and "Bashar al-Assad" as two keys of one select-all: one side named twice pairs off. */
export function pairedKeyFlaws(q: Question, ctx: GenerationContext): Flaw[] {
  if (q.kind !== "multi-select") return [];
  const { entities } = ctx.index;
  for (const key of q.answers) {
    const id = entities.resolve(key);
    const country = id === undefined || entities.type(id) !== "person" ? undefined : entities.country(id);
    if (country === undefined) continue;
    const names = entities.names(country);
    const twin = q.answers.find(
      (other) =>
        other !== key &&
        /\b(government|regime|forces|army|authorities)\b/i.test(other) &&
        normalizeText(other)
          .split(" ")
          .some((w) => names.some((n) => sameRoot(w, n))),
    );
    if (twin !== undefined)
      return [
        flaw("word-overlap-cue", "moderate", `"${key}" and "${twin}" are one side named twice: the keys pair off`),
      ];
  }
  return [];
}

/** "Which sentence supports this?" keyed to a sentence that states only part of it ("sent reinforcements" for "tanks sent over the border"). */
export function partialEvidenceFlaws(q: Question): Flaw[] {
  if (q.kind !== "evidence") return [];
  const wanted = contentWords(q.statement);
  const key = contentWords(q.answers[0] ?? "");
  const shared = [...wanted].filter((w) => key.has(w) || [...key].some((k) => sameRoot(k, w))).length;
  // Two thirds: "sent reinforcements to Idlib" shares "sent" and "Idlib" with "tanks were sent over the border to Idlib".
  return shared * 3 >= wanted.size * 2
    ? []
    : [
        flaw(
          "unsupported-key",
          "moderate",
          `the keyed sentence states ${shared} of the statement's ${wanted.size} words' worth`,
        ),
      ];
}

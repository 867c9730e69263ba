// Broken text shown to learners: a sentence cut mid-way, or one that opens on a
// pronoun or "the country" whose antecedent was in a sentence the learner never sees.
import type { GenerationContext } from "../context";
import type { Question } from "../schema";
import { CLOZE_BLANK } from "../schema";
import { flaw, sortFlaws, type Flaw } from "./types";
import { normalizeText } from "../text";
import { sameRoot, shownTexts } from "./words";

/** Words a sentence cannot end on. */
const DANGLING_END = new Set(
  "a an the and or but of to in on at by for from with into their his her its our your he she they we it that which who whose as than".split(
    " ",
  ),
);

/** Openings that point back to something said before ("It has killed…", "At that summit…"). */
const PRONOUN_OPENING =
  /^["'“‘]?(It|He|She|They|His|Her|Its|Their|This|These|Those|That|Such|At that \w+|In that \w+|After that|Both)\b(?!\s+(?:year|week|month|day|morning|afternoon|evening|weekend|time|spring|summer|autumn|winter)\b)/;
/** "The country …" points back unless the noun is pinned down right after ("the president of Russia", "the two presidents, Putin and …"). */
const GENERIC_OPENING =
  /^["'“‘]?(The (?:country|countries|two|leaders?|president|minister|group|deal|agreement|summit|talks|meeting|regime|zone))\b(?!\s+(?:of|in|at|between|from|on)\b)(?![ ,]+\p{Lu})/u;

/** "But he…", "And this…": a connector and a pronoun both point back to a sentence not shown. */
const CONNECTOR_OPENING =
  /^["'“‘]?((?:But|And|Yet|So|However|Meanwhile|Still|Also),?\s+(?:it|he|she|they|his|her|its|their|this|these|those|that|such))\b/;

/** The opening word(s) that point back to an unseen antecedent ("But he", "It", "The country"), if any. */
export function antecedentless(text: string): string | undefined {
  const t = text.trim();
  return PRONOUN_OPENING.exec(t)?.[1] ?? CONNECTOR_OPENING.exec(t)?.[1] ?? GENERIC_OPENING.exec(t)?.[1];
}

function endsCut(text: string): boolean {
  const t = text.trim();
  if (/[.!?…]["'”’)\]]*$/.test(t)) return false;
  const last = t.split(/\s+/).pop()?.toLowerCase() ?? "";
  return DANGLING_END.has(last.replace(/[^\p{L},]/gu, "")) || /,$/.test(t);
}

/** A full sentence (a statement, a quoted sentence, cloze text) must end like one. */
function sentenceUnended(text: string): boolean {
  const t = text.trim().replace(new RegExp(CLOZE_BLANK, "g"), "x");
  if (t.split(/\s+/).length < 6) return false;
  return !/[.!?…]["'”’)\]]*$/.test(t) && !/[.!?]["'”’]?\)?$/.test(t);
}

/**
 * The people a statement is about whom a sentence does not name ("'There is a certain
 * difference in approaches…'" for "Peskov said…"): such a sentence proves nothing on its own.
 * "The Russian president" names Putin well enough: a person counts as named by their country too.
 */
export function unnamedPeople(ctx: GenerationContext, statement: string, sentence: string): string[] {
  const { entities } = ctx.index;
  const people = entities.mentionedIn(statement).filter((id) => entities.type(id) === "person");
  const words = normalizeText(sentence).split(" ");
  const named = (id: string) => {
    const country = entities.country(id);
    return (
      entities.isMentioned(id, sentence) ||
      (country !== undefined && entities.names(country).some((n) => words.some((w) => sameRoot(w, n))))
    );
  };
  return people.some(named) ? [] : people;
}

/** An evidence key that names none of the people its statement is about. */
function speakerlessKey(q: Question, ctx: GenerationContext): Flaw | undefined {
  if (q.kind !== "evidence") return undefined;
  const missing = unnamedPeople(ctx, q.statement, q.answers[0] ?? "");
  if (missing.length === 0) return undefined;
  return flaw(
    "missing-antecedent",
    "moderate",
    `the keyed sentence names none of ${missing.map((id) => ctx.index.entities.name(id)).join(", ")}, whom the statement is about`,
  );
}

export function brokenTextFlaws(q: Question, ctx: GenerationContext): Flaw[] {
  const out: Flaw[] = [];
  const speakerless = speakerlessKey(q, ctx);
  if (speakerless) out.push(speakerless);
  const keys = new Set(q.answers);
  for (const { where, text, quoted } of shownTexts(q)) {
    // A wrong sentence of an evidence item that opens on "He" is the article's own and
    // still plainly wrong; the key or a stem that does so can't be read on its own.
    const minor = q.kind === "evidence" && where === "option" && !keys.has(text);
    const isSentence = quoted || where === "statement" || where === "prompt";
    if (endsCut(text) || (isSentence && sentenceUnended(text))) {
      out.push(flaw("truncated-text", "moderate", `the ${where} ends mid-sentence: "…${text.trim().slice(-40)}"`));
    }
    // Prompts open with "True or false?" or a question word; test the statement and quoted sentences.
    if ((isSentence && where !== "prompt") || where === "option") {
      const opening = antecedentless(text);
      if (opening)
        out.push(
          flaw(
            "missing-antecedent",
            minor ? "minor" : "moderate",
            `the ${where} opens with "${opening}" and nothing shown says who or what that is`,
          ),
        );
    }
  }
  // One flaw of each code per question: the count matters, not every option that has it.
  const worstFirst = sortFlaws(out);
  return worstFirst.filter((f, i) => worstFirst.findIndex((g) => g.code === f.code) === i);
}

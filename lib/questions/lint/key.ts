// Wrong or ambiguous keys: a distractor the fact base also makes true, a key its
// cited evidence does not contain, a wrong sentence that states the same fact, a
// false statement about a deadline that the real deadline makes true.
import { NUMBER_WORDS } from "../../facts/wording";
import type { GenerationContext } from "../context";
import { claimKey } from "../fact-index";
import { judgeChoice } from "../judge";
import type { Question } from "../schema";
import { normalizeText } from "../text";
import { FALSE } from "../kinds/true-false";
import { flaw, type Flaw } from "./types";
import { distractorsOf, factsOf } from "./words";

const contains = (haystack: string, needle: string) => normalizeText(haystack).includes(normalizeText(needle));

function choiceKeyFlaws(q: Question, ctx: GenerationContext): Flaw[] {
  if ((q.kind !== "single-choice" && q.kind !== "multi-select" && q.kind !== "date") || !q.probe) return [];
  const out: Flaw[] = [];
  for (const d of distractorsOf(q)) {
    if (judgeChoice(ctx, q.probe, d) === "true")
      out.push(flaw("wrong-or-ambiguous-key", "serious", `the wrong option "${d}" is true by the facts`));
  }
  for (const a of q.answers) {
    const verdict = judgeChoice(ctx, q.probe, a);
    if (verdict === "false")
      out.push(flaw("wrong-or-ambiguous-key", "serious", `the key "${a}" is false by the facts`));
  }
  return out;
}

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
// "One" is left out: it is as often a pronoun ("one of the sides") as a count.
const COUNT_WORDS = Object.keys(NUMBER_WORDS).filter((w) => w !== "zero" && w !== "one");
const NUMBER_WORD_LIST = [...COUNT_WORDS, "hundred", "thousand", "million", "billion"];

/** The numbers of a text (digits and number words), dates and years left out: those are context a fact adds. */
function numbersIn(text: string): string[] {
  const withoutDates = text
    .replace(new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)? (?:${MONTHS})\\b|\\b(?:${MONTHS}) \\d{1,2}\\b`, "g"), " ")
    .replace(/\b(1[89]|20)\d\d\b/g, " ")
    // "two other reports say …" counts sources, which the statement adds to attribute the claim.
    .replace(/\b(\w+)\s+(?:other\s+)?(?:reports|sources|outlets|articles)\b/gi, " ");
  const out = new Set<string>();
  for (const m of withoutDates.matchAll(/\d+(?:[.,]\d+)*/g)) out.add(m[0].replace(/,/g, ""));
  for (const w of normalizeText(withoutDates).split(" ")) if (NUMBER_WORD_LIST.includes(w)) out.add(w);
  return [...out];
}

const DIGIT_OF: Record<string, string> = Object.fromEntries(COUNT_WORDS.map((w) => [w, String(NUMBER_WORDS[w])]));

/** Numbers the statement gives that the keyed sentence does not (in digits or words). */
export function unstatedNumbers(statement: string, key: string): string[] {
  const have = new Set(numbersIn(key).flatMap((n) => [n, DIGIT_OF[n] ?? n]));
  return numbersIn(statement).filter(
    (n) =>
      !have.has(n) && !have.has(DIGIT_OF[n] ?? n) && !Object.entries(DIGIT_OF).some(([w, d]) => d === n && have.has(w)),
  );
}

/**
 * Evidence items: the key must hold a quote of the facts it proves, and no wrong
 * sentence may hold a quote of a fact that states the same thing.
 */
function evidenceKeyFlaws(q: Question, ctx: GenerationContext): Flaw[] {
  if (q.kind !== "evidence") return [];
  const out: Flaw[] = [];
  const key = q.answers[0] ?? "";
  const quotes = q.evidence.map((e) => e.quote);
  if (quotes.length > 0 && !quotes.some((quote) => contains(key, quote))) {
    out.push(
      flaw("wrong-or-ambiguous-key", "serious", "the keyed sentence holds none of the quotes that prove the statement"),
    );
  }
  const missing = unstatedNumbers(q.statement, key);
  if (missing.length > 0) {
    out.push(
      flaw(
        "wrong-or-ambiguous-key",
        "serious",
        `the keyed sentence does not state ${missing.map((m) => `"${m}"`).join(", ")} of the statement`,
      ),
    );
  }
  const same = new Set(factsOf(q, ctx).flatMap((f) => ctx.index.byClaimKey.get(claimKey(f)) ?? [f]));
  const sameQuotes = [...same]
    .flatMap((f) => f.evidence.map((e) => e.quote))
    .filter((s) => normalizeText(s).split(" ").length >= 4);
  for (const d of distractorsOf(q)) {
    if (sameQuotes.some((quote) => contains(d, quote))) {
      out.push(
        flaw("wrong-or-ambiguous-key", "serious", `the wrong sentence "${d.slice(0, 60)}…" also states the fact`),
      );
    }
  }
  return out;
}

/**
 * "This must be done by 31 December" is true when the deadline was 15 October:
 * what is done by the earlier date is done by the later one. A false statement
 * that names a later deadline is defensibly true.
 */
function deadlineFlaws(q: Question, ctx: GenerationContext): Flaw[] {
  if (q.kind !== "true-false" || q.answers[0] !== FALSE || q.claim?.type !== "deal" || !q.claim.deadline) return [];
  const claim = q.claim;
  const stated = ctx.index.dealsByAgreement
    .get(claim.agreement)
    ?.find((t) => normalizeText(t.requires) === normalizeText(claim.requires));
  if (stated?.deadline && claim.deadline && stated.deadline.on < claim.deadline.on) {
    return [
      flaw(
        "wrong-or-ambiguous-key",
        "serious",
        `keyed false, but what is due by ${stated.deadline.on} is also done by ${claim.deadline.on}: word it as "the deadline was"`,
      ),
    ];
  }
  return [];
}

/**
 * Sources that disagree: a wrong option equal to what the other source says is
 * right by that source.
 */
function conflictFlaws(q: Question, ctx: GenerationContext): Flaw[] {
  const distractors = distractorsOf(q);
  if (distractors.length === 0) return [];
  const out: Flaw[] = [];
  for (const fact of factsOf(q, ctx)) {
    for (const otherId of fact.conflictsWith) {
      const other = ctx.index.byId.get(otherId);
      if (other?.kind !== "figure") continue;
      const value = other.quantity.min;
      const hit = distractors.find((d) => normalizeText(d).replace(/ /g, "").includes(String(value)));
      if (hit)
        out.push(
          flaw(
            "wrong-or-ambiguous-key",
            "serious",
            `the wrong option "${hit}" is what another report gives (${other.id})`,
          ),
        );
    }
  }
  return out;
}

export function keyFlaws(q: Question, ctx: GenerationContext): Flaw[] {
  return [...choiceKeyFlaws(q, ctx), ...evidenceKeyFlaws(q, ctx), ...deadlineFlaws(q, ctx), ...conflictFlaws(q, ctx)];
}

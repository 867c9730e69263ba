// Everything that must hold for a question to be served, checked against the corpus:
// its evidence is verbatim in its passage, every answer is true and every distractor
// provably false by the whole fact base, choices are distinct, answers are among
// them, and the prompt does not give the answer away. Works on generated banks and
// on teachers' question sets alike.
import type { Corpus } from "../facts/corpus";
import { dateTextMatches, sameDate } from "./dates";
import { articleSentences, passageText } from "./evidence";
import { claimKey } from "./fact-index";
import { judgeChoice, judgePair, truthContext, type TruthContext } from "./judge";
import { quantityTextMatches } from "./quantities";
import { CLOZE_BLANK, MATCH_ARROW, type Question } from "./schema";
import { SLOT_TYPES, slotValue } from "./slots";
import { containsWords, normalizeText } from "./text";
import { FALSE, TRUE } from "./kinds/true-false";

export const PROBLEM_CODES = [
  "duplicate-id",
  "no-evidence",
  "evidence-unverifiable",
  "unknown-fact",
  "duplicate-choices",
  "answer-not-in-choices",
  "giveaway",
  "answer-not-true",
  "true-distractor",
  "uncertain-distractor",
  "unreadable-choice",
  "ambiguous-match",
  "ordering-dates",
  "evidence-choice",
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];
export type Problem = { questionId: string; code: ProblemCode; message: string };

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) {
    const k = normalizeText(v);
    if (seen.has(k)) dup.add(v);
    seen.add(k);
  }
  return [...dup];
}

/** The ways an answer could be written in a prompt: its text, and every name of the entity it is. */
function answerForms(ctx: TruthContext, question: Question, answer: string): string[] {
  const probe = "probe" in question ? question.probe : undefined;
  if (probe && "slot" in probe && SLOT_TYPES[probe.slot] === "entity") {
    const id = ctx.index.entities.resolve(answer);
    if (id !== undefined) return ctx.index.entities.names(id);
  }
  return [answer];
}

function checkEvidence(ctx: TruthContext, q: Question, out: Problem[]): void {
  const problem = (code: ProblemCode, message: string) => out.push({ questionId: q.id, code, message });
  if (q.evidence.length === 0) problem("no-evidence", "the question cites no evidence");
  for (const ev of q.evidence) {
    const text = passageText(ctx.index.articles, ev.article, ev.passage);
    if (text === undefined) problem("evidence-unverifiable", `no passage ${ev.article}#${ev.passage}`);
    else if (!text.includes(ev.quote)) {
      problem("evidence-unverifiable", `quote not verbatim in ${ev.article}#${ev.passage}: "${ev.quote}"`);
    }
  }
  for (const id of q.factIds) {
    if (!ctx.index.byId.has(id)) problem("unknown-fact", `fact ${id} is not in the fact base (or is rejected)`);
  }
}

function checkChoices(q: Question, out: Problem[]): void {
  const problem = (code: ProblemCode, message: string) => out.push({ questionId: q.id, code, message });
  const listed = q.kind === "matching" ? [] : q.choices;
  for (const d of duplicates(listed)) problem("duplicate-choices", `"${d}" is offered twice`);
  if (q.kind === "matching") {
    for (const d of [...duplicates(q.left), ...duplicates(q.right)])
      problem("duplicate-choices", `"${d}" is listed twice`);
  }
  const inChoices = (a: string) => q.choices.some((c) => normalizeText(c) === normalizeText(a));
  switch (q.kind) {
    case "single-choice":
    case "date":
    case "evidence":
      if (q.answers.length !== 1) problem("answer-not-in-choices", "a single-answer question needs exactly one answer");
      for (const a of q.answers) if (!inChoices(a)) problem("answer-not-in-choices", `"${a}" is not a choice`);
      break;
    case "multi-select":
    case "ordering":
      for (const a of q.answers) if (!inChoices(a)) problem("answer-not-in-choices", `"${a}" is not a choice`);
      if (q.kind === "ordering" && q.choices.length !== q.answers.length) {
        problem("answer-not-in-choices", "the items to order are not the items of the answer");
      }
      break;
    case "true-false":
      if (q.answers.length !== 1 || (q.answers[0] !== TRUE && q.answers[0] !== FALSE)) {
        problem("answer-not-in-choices", `a true-false answer is "${TRUE}" or "${FALSE}"`);
      }
      break;
    case "matching": {
      const lefts = q.answers.map((a) => a.split(MATCH_ARROW));
      for (const [l, r] of lefts) {
        if (l === undefined || r === undefined || !q.left.includes(l) || !q.right.includes(r)) {
          problem("answer-not-in-choices", `"${l} → ${r}" does not pair a listed left with a listed right`);
        }
      }
      for (const l of q.left) {
        if (lefts.filter(([x]) => x === l).length !== 1)
          problem("answer-not-in-choices", `"${l}" needs exactly one match`);
      }
      break;
    }
    case "cloze":
      if (!q.text.includes(CLOZE_BLANK)) problem("answer-not-in-choices", "the cloze text has no blank");
      break;
  }
}

function checkGiveaway(ctx: TruthContext, q: Question, out: Problem[]): void {
  const gives = (text: string, answer: string) =>
    answerForms(ctx, q, answer).some((form) => normalizeText(form).length > 1 && containsWords(text, form));
  if (q.kind === "single-choice" || q.kind === "multi-select" || q.kind === "date") {
    for (const a of q.answers) {
      if (gives(q.prompt, a))
        out.push({ questionId: q.id, code: "giveaway", message: `the prompt contains the answer "${a}"` });
    }
  }
  if (q.kind === "cloze") {
    for (const a of q.answers) {
      if (gives(q.text, a) || gives(q.prompt, a)) {
        out.push({
          questionId: q.id,
          code: "giveaway",
          message: `the text around the blank contains the answer "${a}"`,
        });
      }
    }
  }
}

function checkTruth(ctx: TruthContext, q: Question, out: Problem[]): void {
  const problem = (code: ProblemCode, message: string) => out.push({ questionId: q.id, code, message });
  switch (q.kind) {
    case "single-choice":
    case "multi-select":
    case "date": {
      if (!q.probe) return;
      for (const choice of q.choices) {
        const verdict = judgeChoice(ctx, q.probe, choice);
        const isAnswer = q.answers.includes(choice);
        if (verdict === "unreadable") problem("unreadable-choice", `"${choice}" cannot be read as a ${q.probe.slot}`);
        else if (isAnswer && verdict !== "true")
          problem("answer-not-true", `the answer "${choice}" is ${verdict} by the facts`);
        else if (!isAnswer && verdict === "true")
          problem("true-distractor", `the distractor "${choice}" is true by the facts`);
        else if (!isAnswer && verdict === "unknown") {
          problem("uncertain-distractor", `the distractor "${choice}" is not provably false`);
        }
      }
      if (q.kind === "date") {
        for (const a of q.answers)
          if (!dateTextMatches(q.date, a)) problem("answer-not-true", `"${a}" is not ${q.date.on}`);
      }
      return;
    }
    case "true-false": {
      if (!q.claim) return;
      const verdict = ctx.truth(q.claim);
      const expected = verdict === "true" ? TRUE : verdict === "false" ? FALSE : undefined;
      if (expected === undefined)
        problem("answer-not-true", "the statement is neither stated nor contradicted by the facts");
      else if (q.answers[0] !== expected)
        problem("answer-not-true", `the statement is ${verdict}, not ${q.answers[0]}`);
      return;
    }
    case "cloze": {
      if (!q.probe) return;
      const verdict = ctx.truth(q.probe.claim);
      if (verdict !== "true") problem("answer-not-true", `the blanked claim is ${verdict} by the facts`);
      const value = slotValue(q.probe.claim, q.probe.slot);
      for (const a of q.answers) {
        const ok =
          value === undefined
            ? false
            : value.type === "entity"
              ? ctx.index.entities.resolve(a) === value.id
              : value.type === "date"
                ? dateTextMatches(value.date, a)
                : value.type === "quantity"
                  ? quantityTextMatches(value.quantity, a)
                  : normalizeText(a) === normalizeText(value.text);
        if (!ok) problem("answer-not-true", `the accepted answer "${a}" is not the blanked ${q.probe.slot}`);
      }
      return;
    }
    case "matching": {
      if (!q.probe) return;
      for (const answer of q.answers) {
        const [left, right] = answer.split(MATCH_ARROW);
        if (left === undefined || right === undefined) continue;
        for (const r of q.right) {
          const verdict = judgePair(ctx, q.probe, left, r);
          if (r === right && verdict !== "true")
            problem("answer-not-true", `"${left} → ${r}" is ${verdict} by the facts`);
          if (r !== right && verdict !== "false") {
            problem("ambiguous-match", `"${left} → ${r}" is ${verdict}, so "${left}" has no single match`);
          }
        }
      }
      return;
    }
    case "ordering": {
      const facts = q.factIds.flatMap((id) => {
        const f = ctx.index.byId.get(id);
        return f ? [f] : [];
      });
      if (q.dates.length !== q.answers.length) problem("ordering-dates", "each item needs its date");
      q.dates.forEach((d, i) => {
        const previous = q.dates[i - 1];
        // A coarse date ("March 2011") orders only against items of other years: within its own
        // period, which came first would be a matter of opinion.
        const clash = q.dates.some(
          (e, j) =>
            j !== i && (d.precision !== "day" || e.precision !== "day") && e.on.slice(0, 4) === d.on.slice(0, 4),
        );
        if (clash) problem("ordering-dates", `${d.on} is not a day-precise date, and another item shares its year`);
        if (previous && !(previous.on < d.on)) problem("ordering-dates", `${previous.on} is not before ${d.on}`);
        const backed = facts.some((f) => (f.kind === "meeting" || f.kind === "event") && f.date && sameDate(f.date, d));
        if (!backed) problem("ordering-dates", `no fact of the question gives the date ${d.on}`);
      });
      return;
    }
    case "evidence": {
      const article = q.evidence[0]?.article;
      const source = article === undefined ? undefined : ctx.index.articles.get(article);
      if (!source) return;
      const sentences = new Set(articleSentences(source));
      const fullText = source.passages.map((p) => p.text).join("\n");
      const quotes = q.evidence.map((e) => e.quote);
      const sameClaim = q.factIds.flatMap((id) => {
        const f = ctx.index.byId.get(id);
        return f ? (ctx.index.byClaimKey.get(claimKey(f)) ?? []).flatMap((g) => g.evidence.map((e) => e.quote)) : [];
      });
      for (const choice of q.choices) {
        if (!sentences.has(choice) && !fullText.includes(choice)) {
          problem("evidence-choice", `"${choice.slice(0, 60)}…" is not a sentence of ${article}`);
        }
        const isAnswer = q.answers.includes(choice);
        if (isAnswer && !quotes.some((quote) => choice.includes(quote))) {
          problem("evidence-choice", "the right sentence does not contain the stored quote");
        }
        if (!isAnswer && sameClaim.some((quote) => choice.includes(quote))) {
          problem("true-distractor", `the distractor sentence "${choice.slice(0, 60)}…" quotes the same fact`);
        }
      }
      return;
    }
  }
}

export function checkQuestion(q: Question, ctx: TruthContext): Problem[] {
  const out: Problem[] = [];
  checkEvidence(ctx, q, out);
  checkChoices(q, out);
  checkGiveaway(ctx, q, out);
  checkTruth(ctx, q, out);
  return out;
}

/** Every problem of every question; an empty list means the bank can be served. */
export function checkBank(bank: readonly Question[], corpus: Corpus): Problem[] {
  const ctx = truthContext(corpus);
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const q of bank) {
    if (seen.has(q.id)) out.push({ questionId: q.id, code: "duplicate-id", message: "two questions share this id" });
    seen.add(q.id);
    out.push(...checkQuestion(q, ctx));
  }
  return out;
}

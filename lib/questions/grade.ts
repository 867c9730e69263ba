// Grading, in one place for every kind: tolerant where a person would be (case,
// accents, punctuation, spacing, other names of the same entity, number and date
// formats), strict on meaning (a different number, date or entity is wrong).
import type { FactDate } from "../facts/schema";
import { dateTextMatches, parseDateText, typedToFactDate } from "./dates";
import { parseQuantityText, quantityTextMatches } from "./quantities";
import { MATCH_ARROW, type Answer, type ClaimQuantity, type GradeResult, type Question } from "./schema";
import { slotValue } from "./slots";
import { normalizeName, normalizeText } from "./text";
import { FALSE, TRUE } from "./kinds/true-false";

function result(question: Question, score: number): GradeResult {
  const rounded = Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
  return {
    correct: rounded === 1,
    score: rounded,
    rightAnswer: question.kind === "cloze" ? question.answers.slice(0, 1) : question.answers,
    explanation: question.explanation,
    evidence: question.evidence,
  };
}

const same = (a: string, b: string) => normalizeText(a) === normalizeText(b);

/** The date a typed question expects: its own field, else the probe's, else its first answer read as a date. */
function expectedDate(question: Question): FactDate | undefined {
  if (question.kind === "date") return question.date;
  const probe = "probe" in question ? question.probe : undefined;
  const value = probe && "slot" in probe ? slotValue(probe.claim, probe.slot) : undefined;
  if (value?.type === "date") return value.date;
  const typed = question.answers[0] === undefined ? undefined : parseDateText(question.answers[0]);
  return typed && typedToFactDate(typed);
}

function expectedQuantity(question: Question): ClaimQuantity | undefined {
  const probe = "probe" in question ? question.probe : undefined;
  const value = probe && "slot" in probe ? slotValue(probe.claim, probe.slot) : undefined;
  if (value?.type === "quantity") return value.quantity;
  const typed = question.answers[0] === undefined ? undefined : parseQuantityText(question.answers[0]);
  return typed && { min: typed.min, max: typed.max, qualifier: "exact", unit: typed.unit ?? "unit" };
}

function typedMatches(question: Question & { kind: "cloze" | "date" }, text: string): boolean {
  if (text.trim() === "") return false;
  if (question.answers.some((a) => same(a, text))) return true;
  const answerType = question.kind === "date" ? "date" : question.answerType;
  switch (answerType) {
    case "date": {
      const date = expectedDate(question);
      return date !== undefined && dateTextMatches(date, text);
    }
    case "quantity": {
      const quantity = expectedQuantity(question);
      return quantity !== undefined && quantityTextMatches(quantity, text);
    }
    case "entity":
      // Accepted answers list every name of the entity; "the" in front is forgiven.
      return question.answers.some((a) => normalizeName(a) === normalizeName(text));
    case "text":
      return false;
  }
}

/** Kendall-style: the share of item pairs the learner put in the right relative order. */
function pairwiseScore(right: readonly string[], given: readonly string[]): number {
  const position = new Map(right.map((item, i) => [normalizeText(item), i]));
  const ranks = given.map((g) => position.get(normalizeText(g)));
  if (right.length < 2) return ranks[0] === 0 ? 1 : 0;
  let concordant = 0;
  let pairs = 0;
  for (let i = 0; i < right.length; i++) {
    for (let j = i + 1; j < right.length; j++) {
      pairs++;
      const a = ranks[i];
      const b = ranks[j];
      if (a !== undefined && b !== undefined && a < b) concordant++;
    }
  }
  return concordant / pairs;
}

/**
 * Grades an answer. Partial credit: multi-select scores right picks minus wrong
 * picks over the number of right answers (floored at 0); ordering scores the share
 * of pairs in the right relative order; matching scores the share of items matched.
 * An answer of another kind than the question scores 0.
 */
export function gradeAnswer(question: Question, answer: Answer): GradeResult {
  if (answer.kind !== question.kind) return result(question, 0);
  switch (answer.kind) {
    case "single-choice":
    case "evidence":
      return result(question, question.answers.some((a) => same(a, answer.choice)) ? 1 : 0);
    case "multi-select": {
      const picks = [...new Set(answer.choices.map(normalizeText))];
      const right = picks.filter((p) => question.answers.some((a) => normalizeText(a) === p)).length;
      const wrong = picks.length - right;
      return result(question, (right - wrong) / question.answers.length);
    }
    case "true-false":
      return result(question, (answer.value ? TRUE : FALSE) === question.answers[0] ? 1 : 0);
    case "cloze":
    case "date":
      if (question.kind !== "cloze" && question.kind !== "date") return result(question, 0);
      return result(question, typedMatches(question, answer.text) ? 1 : 0);
    case "ordering": {
      const exact =
        answer.order.length === question.answers.length &&
        answer.order.every((g, i) => same(g, question.answers[i] ?? ""));
      return result(question, exact ? 1 : Math.min(0.999, pairwiseScore(question.answers, answer.order)));
    }
    case "matching": {
      const expected = question.answers.map((a) => a.split(MATCH_ARROW));
      const given = new Map(answer.pairs.map((p) => [normalizeText(p.left), normalizeText(p.right)]));
      const right = expected.filter(
        ([l, r]) => l !== undefined && r !== undefined && given.get(normalizeText(l)) === normalizeText(r),
      ).length;
      return result(question, expected.length === 0 ? 0 : right / expected.length);
    }
  }
}

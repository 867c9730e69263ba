// Makes a generated question agree with the whole fact base before it is kept:
// choices that cannot be shown false are removed, a single-choice question with
// several true choices becomes multi-select, and what cannot be fixed is dropped.
import { judgeChoice, judgePair, type TruthContext, type Verdict } from "./judge";
import { MATCH_ARROW, type Question } from "./schema";
import { MIN_DISTRACTORS } from "./kinds/single-choice";
import { FALSE, TRUE } from "./kinds/true-false";

export type Settled = { question: Question } | { dropped: string };

const SELECT_ALL = "Select all that apply.";

function withSelectAll(prompt: string): string {
  return prompt.includes(SELECT_ALL) ? prompt : `${prompt} ${SELECT_ALL}`;
}

export function settleQuestion(question: Question, ctx: TruthContext): Settled {
  switch (question.kind) {
    case "single-choice":
    case "multi-select":
    case "date": {
      const probe = question.probe;
      if (!probe) return { question };
      const verdicts = new Map<string, Verdict>(question.choices.map((c) => [c, judgeChoice(ctx, probe, c)]));
      const trueChoices = question.choices.filter((c) => verdicts.get(c) === "true");
      const falseChoices = question.choices.filter((c) => verdicts.get(c) === "false");
      if (question.answers.some((a) => verdicts.get(a) !== "true")) {
        return { dropped: `an answer is not true by the facts (${question.answers.join(", ")})` };
      }
      if (falseChoices.length < MIN_DISTRACTORS) return { dropped: "fewer than two choices are provably false" };
      const choices = question.choices.filter((c) => verdicts.get(c) === "true" || verdicts.get(c) === "false");
      if (trueChoices.length > 1 && question.kind !== "multi-select") {
        // Several true answers: a date question cannot say "select all"; a single choice can become one.
        if (question.kind === "date") return { dropped: "several choices are true dates" };
        const { kind: _kind, ...rest } = question;
        return {
          question: {
            ...rest,
            kind: "multi-select",
            prompt: withSelectAll(question.prompt),
            choices,
            answers: trueChoices,
          },
        };
      }
      return { question: { ...question, choices, answers: trueChoices } };
    }
    case "true-false": {
      if (!question.claim) return { question };
      const verdict = ctx.truth(question.claim);
      if (verdict === "unknown") return { dropped: "the statement is neither stated nor contradicted by the facts" };
      const expected = verdict === "true" ? TRUE : FALSE;
      if (question.answers[0] !== expected)
        return { dropped: `the statement is ${verdict}, not ${question.answers[0]}` };
      return { question };
    }
    case "cloze": {
      if (!question.probe) return { question };
      if (ctx.truth(question.probe.claim) !== "true") return { dropped: "the blanked claim is not true by the facts" };
      return { question };
    }
    case "matching": {
      const probe = question.probe;
      if (!probe) return { question };
      const kept = question.answers.filter((answer) => {
        const [left, right] = answer.split(MATCH_ARROW);
        if (left === undefined || right === undefined) return false;
        return question.right.every((r) => judgePair(ctx, probe, left, r) === (r === right ? "true" : "false"));
      });
      const lefts = kept.map((a) => a.split(MATCH_ARROW)[0] ?? "");
      const rights = new Set(kept.map((a) => a.split(MATCH_ARROW)[1] ?? ""));
      if (kept.length < 2 || rights.size < 2) return { dropped: "fewer than two unambiguous pairs" };
      return {
        question: {
          ...question,
          answers: kept,
          left: question.left.filter((l) => lefts.includes(l)),
          right: question.right.filter((r) => rights.has(r)),
        },
      };
    }
    case "ordering":
    case "evidence":
      return { question };
  }
}

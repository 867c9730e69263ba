// When did it happen: pick from nearby dates, or type it in any common format.
import type { Ask } from "../asks/types";
import { estimateDifficulty, provenance, questionId } from "../build";
import type { GenerationContext } from "../context";
import { formatDate } from "../dates";
import { pickDistractors } from "../distractors";
import { shuffle } from "../random";
import type { QuestionOfKind } from "../schema";
import { SLOT_TYPES } from "../slots";
import { DISTRACTORS, MIN_DISTRACTORS } from "./single-choice";

export function dateFromAsk(ctx: GenerationContext, ask: Ask): QuestionOfKind<"date"> | undefined {
  const answer = ask.answers[0];
  // Two true dates would make "when" ambiguous: such a question is not asked.
  if (SLOT_TYPES[ask.slot] !== "date" || ask.answers.length !== 1 || answer?.type !== "date") return undefined;
  const id = questionId(ask.anchor.id, "date", ask.key);
  const wrong = pickDistractors(ctx, ask, DISTRACTORS, id).flatMap((v) => (v.type === "date" ? [v.date] : []));
  if (wrong.length < MIN_DISTRACTORS) return undefined;
  const right = formatDate(answer.date);
  const choices = shuffle([right, ...wrong.map(formatDate)], id);
  return {
    id,
    kind: "date",
    topic: ask.topic,
    prompt: ask.prompt,
    choices,
    answers: [right],
    ...provenance(ask.facts),
    difficulty: estimateDifficulty("date", choices.length),
    date: answer.date,
    probe: { claim: ask.claim, slot: ask.slot },
  };
}

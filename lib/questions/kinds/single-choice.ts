// One right answer among plausible wrong ones: "Which country backs ...?"
import type { Ask } from "../asks/types";
import { estimateDifficulty, provenance, questionId } from "../build";
import type { GenerationContext } from "../context";
import { MIN_DISTRACTORS, pickDistractors } from "../distractors";
import { shuffle } from "../random";
import type { QuestionOfKind } from "../schema";
import { showValue, SLOT_TYPES } from "../slots";

/** Three distractors when the story has them; two is the least that still makes a choice. */
export const DISTRACTORS = 3;
export { MIN_DISTRACTORS };

export function singleChoiceFromAsk(ctx: GenerationContext, ask: Ask): QuestionOfKind<"single-choice"> | undefined {
  const answer = ask.answers[0];
  if (ask.alwaysMulti || ask.answers.length !== 1 || answer === undefined) return undefined;
  if (SLOT_TYPES[ask.slot] === "date") return undefined; // dates get their own kind
  const id = questionId(ask.anchor.id, "single-choice", ask.key);
  const wrong = pickDistractors(ctx, ask, DISTRACTORS, id);
  if (wrong.length < MIN_DISTRACTORS) return undefined;
  const show = (v: typeof answer) => showValue(ctx.index.entities, v, ask.show);
  const choices = shuffle([show(answer), ...wrong.map(show)], id);
  return {
    id,
    kind: "single-choice",
    topic: ask.topic,
    prompt: ask.prompt,
    choices,
    answers: [show(answer)],
    ...provenance(ask.facts),
    difficulty: estimateDifficulty("single-choice", choices.length),
    probe: { claim: ask.claim, slot: ask.slot },
  };
}

// Several right answers: "Which countries back ...? Select all that apply."
import type { Ask } from "../asks/types";
import { estimateDifficulty, provenance, questionId } from "../build";
import type { GenerationContext } from "../context";
import { pickDistractors } from "../distractors";
import { parallelPick } from "../parallel";
import { shuffle } from "../random";
import type { QuestionOfKind } from "../schema";
import { showValue, SLOT_TYPES } from "../slots";
import { MIN_DISTRACTORS } from "./single-choice";

/** Up to six options in all, and never fewer than two wrong ones. */
const MAX_OPTIONS = 6;

export function multiSelectFromAsk(ctx: GenerationContext, ask: Ask): QuestionOfKind<"multi-select"> | undefined {
  const several = ask.answers.length > 1 || ask.alwaysMulti === true;
  if (!several || ask.multiPrompt === undefined || SLOT_TYPES[ask.slot] === "date") return undefined;
  const id = questionId(ask.anchor.id, "multi-select", ask.key);
  const wanted = Math.max(MIN_DISTRACTORS, MAX_OPTIONS - ask.answers.length);
  // Twice as many as needed, so each key can have a wrong option of its own length and shape.
  const pool = pickDistractors(ctx, ask, wanted * 2, id);
  if (pool.length < MIN_DISTRACTORS) return undefined;
  const show = (v: (typeof pool)[number]) => showValue(ctx.index.entities, v, ask.show);
  const answers = ask.answers.map(show);
  const wrong = parallelPick(answers, pool.map(show), wanted);
  const choices = shuffle([...answers, ...wrong], id);
  return {
    id,
    kind: "multi-select",
    topic: ask.topic,
    prompt: ask.multiPrompt,
    choices,
    answers,
    ...provenance(ask.facts),
    difficulty: estimateDifficulty("multi-select", choices.length),
    probe: { claim: ask.claim, slot: ask.slot },
  };
}

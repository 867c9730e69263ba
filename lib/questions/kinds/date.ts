// When did it happen: pick from nearby dates, or type it in any common format.
import type { Ask } from "../asks/types";
import { estimateDifficulty, provenance, questionId } from "../build";
import type { GenerationContext } from "../context";
import { formatDate } from "../dates";
import { pickDistractors } from "../distractors";
import type { FactDate } from "../../facts/schema";
import { placeAmong } from "../parallel";
import { hashString, shuffle } from "../random";
import type { QuestionOfKind } from "../schema";
import { SLOT_TYPES } from "../slots";
import { DISTRACTORS, MIN_DISTRACTORS } from "./single-choice";

export function dateFromAsk(ctx: GenerationContext, ask: Ask): QuestionOfKind<"date"> | undefined {
  const answer = ask.answers[0];
  // Two true dates would make "when" ambiguous: such a question is not asked.
  if (SLOT_TYPES[ask.slot] !== "date" || ask.answers.length !== 1 || answer?.type !== "date") return undefined;
  const id = questionId(ask.anchor.id, "date", ask.key);
  // Nearby dates on both sides, the key's place among them set by a hash: a test-wise
  // learner who avoids the earliest and latest date gains nothing.
  const pool = pickDistractors(ctx, ask, DISTRACTORS * 3, id).flatMap((v) => (v.type === "date" ? [v.date] : []));
  const day = (d: FactDate) => Date.parse(d.on);
  const above = hashString(`${id}|rank`) % (DISTRACTORS + 1);
  // Dates the ask names as lures (a deal's other deadlines) go in first, whatever their distance:
  // they are the confusion a reader can make, where days around the key are only near misses.
  const lureDays = new Set(ask.tiers.flat().flatMap((v) => (v.type === "date" ? [day(v.date)] : [])));
  const lures = pool.filter((d) => lureDays.has(day(d))).slice(0, DISTRACTORS - MIN_DISTRACTORS + 1);
  const rest = pool.filter((d) => !lureDays.has(day(d)));
  const wrong = [...lures, ...placeAmong(day(answer.date), rest, day, DISTRACTORS - lures.length, above)];
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

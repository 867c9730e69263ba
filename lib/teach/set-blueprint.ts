// "Fill this set to a blueprint": the teacher sets how many questions and how much
// of each part (lib/questions/blueprint.ts) they want; the server draws them from
// their bank. Weights come as one form field per part of the default blueprint.
import { z } from "zod";
import { DEFAULT_BLUEPRINT, partOf, type Blueprint } from "../questions/blueprint";
import type { Question } from "../questions/schema";
import { recordIdSchema } from "./schema";

export const MAX_BLUEPRINT_FILL = 40;

const weight = z.coerce.number().int("Use whole numbers.").min(0, "No part can be below 0.").max(100, "At most 100.");

export const fillFromBlueprintSchema = z
  .strictObject({
    setId: recordIdSchema,
    length: z.coerce
      .number()
      .int("Use a whole number.")
      .min(1, "Ask for at least 1 question.")
      .max(MAX_BLUEPRINT_FILL, `At most ${MAX_BLUEPRINT_FILL} at a time.`),
    ...Object.fromEntries(DEFAULT_BLUEPRINT.map((_, i) => [`part${i}`, weight])),
  })
  .refine((v) => DEFAULT_BLUEPRINT.some((_, i) => Number((v as Record<string, unknown>)[`part${i}`]) > 0), {
    message: "Give at least one part a weight above 0.",
    path: ["part0"],
  });

/** The default blueprint with the teacher's weights. */
export function blueprintFromWeights(input: Record<string, unknown>): Blueprint {
  return DEFAULT_BLUEPRINT.map((part, i) => ({ ...part, weight: Number(input[`part${i}`] ?? part.weight) }));
}

/** "Added 10 questions: 3 multiple choice, 2 matching…", the parts in blueprint order. */
export function describeBlueprintFill(questions: readonly Question[], blueprint: Blueprint): string {
  if (questions.length === 0) return "";
  const counts = blueprint.map(() => 0);
  for (const q of questions) {
    const i = partOf(q, blueprint);
    if (i >= 0) counts[i]! += 1;
  }
  return blueprint
    .map((part, i) => (counts[i] ? `${counts[i]} ${part.label.toLowerCase()}` : ""))
    .filter(Boolean)
    .join(", ");
}

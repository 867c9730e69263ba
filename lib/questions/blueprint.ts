// A quiz blueprint: how a teacher would mix a quiz, as shares of its length per
// part. Mostly multiple choice on positions, motives and terms; some select-all and
// matching; an ordering; a few cloze and source comparisons; little true/false.
// A part the pool cannot fill leaves its places to the others, so a blueprint is a
// preference, never a reason to serve a shorter quiz.
import { z } from "zod";
import { questionAimSchema, questionKindSchema, type Question } from "./schema";

export const blueprintPartSchema = z.strictObject({
  /** What a teacher reads: "Multiple choice", "Source comparison". */
  label: z.string().min(1).max(60),
  kinds: z.array(questionKindSchema).min(1),
  /** Only items with one of these aims; none means any aim. */
  aims: z.array(questionAimSchema).min(1).optional(),
  /** A relative weight; the parts' weights need not sum to anything. */
  weight: z.number().min(0).max(100),
});
export type BlueprintPart = z.infer<typeof blueprintPartSchema>;

export const blueprintSchema = z.array(blueprintPartSchema).min(1).max(12);
export type Blueprint = z.infer<typeof blueprintSchema>;

/** The first part an item fits is its part, so source comparisons come before the kinds they use. */
export const DEFAULT_BLUEPRINT: Blueprint = [
  { label: "Source comparison", kinds: ["single-choice", "multi-select", "evidence"], aims: ["source"], weight: 10 },
  {
    label: "Why and how it connects",
    kinds: ["single-choice", "multi-select"],
    aims: ["why", "perspective", "connect"],
    weight: 20,
  },
  { label: "Multiple choice", kinds: ["single-choice"], weight: 25 },
  { label: "Select all that apply", kinds: ["multi-select"], weight: 10 },
  { label: "Matching", kinds: ["matching"], weight: 10 },
  { label: "Order of events", kinds: ["ordering"], weight: 5 },
  { label: "Fill in the blank", kinds: ["cloze", "date"], weight: 10 },
  { label: "Find the evidence", kinds: ["evidence"], weight: 5 },
  { label: "True or false", kinds: ["true-false"], weight: 5 },
];

export function fitsPart(q: Question, part: BlueprintPart): boolean {
  if (!part.kinds.includes(q.kind)) return false;
  return part.aims === undefined || part.aims.includes(q.aim ?? "recall");
}

/** The index of the part an item belongs to (its first fit), or -1. */
export function partOf(q: Question, blueprint: Blueprint): number {
  return blueprint.findIndex((part) => fitsPart(q, part));
}

/**
 * How many places each part gets in a quiz of `length`: shares by weight, whole
 * places first and the rest by largest remainder, each capped by the `available[i]`
 * items the part has; places a part cannot fill pass to the others in proportion.
 * A part of weight 0 gets none: a teacher who sets true/false to 0 gets no true/false.
 */
export function partCounts(blueprint: Blueprint, available: readonly number[], length: number): number[] {
  const counts = blueprint.map(() => 0);
  const room = (i: number) => (blueprint[i]!.weight > 0 ? available[i]! - counts[i]! : 0);
  let left = length;
  while (left > 0) {
    const open = blueprint.map((_, i) => i).filter((i) => room(i) > 0);
    if (open.length === 0) break;
    const total = open.reduce((sum, i) => sum + blueprint[i]!.weight, 0);
    const shares = open.map((i) => ({ i, exact: (left * blueprint[i]!.weight) / total }));
    let given = 0;
    for (const { i, exact } of shares) {
      const whole = Math.min(Math.floor(exact), room(i));
      counts[i]! += whole;
      given += whole;
    }
    const byRemainder = [...shares].sort((a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)));
    for (const { i } of byRemainder) {
      if (given >= left) break;
      if (room(i) > 0) {
        counts[i]! += 1;
        given += 1;
      }
    }
    left -= given;
  }
  return counts;
}

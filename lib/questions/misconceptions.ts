// What learners' wrong answers teach the generator: a wrong option a class converged
// on is a real confusion, so sibling items of the same fact and field offer it first.
// Only the chosen text travels here; it becomes a candidate like any other, so the
// truth check still refuses it if it is in fact right.
import { z } from "zod";
import { factIdSchema } from "../facts/schema";
import { slotSchema, type Slot } from "./schema";

export const misconceptionSchema = z.strictObject({
  /** The facts of the item learners answered; siblings are items on any of them. */
  factIds: z.array(factIdSchema).min(1),
  slot: slotSchema,
  /** The wrong option as learners saw it. */
  answer: z.string().min(1).max(500),
  count: z.number().int().min(1),
});
export type Misconception = z.infer<typeof misconceptionSchema>;

/**
 * A wrong answer learners converge on, rather than scatter over, points at something
 * they believe: at least this many chose it, and at least half of those who were wrong.
 */
export const MIN_MISCONCEPTION_COUNT = 2;

export function isMisconception(count: number, wrong: number): boolean {
  return count >= MIN_MISCONCEPTION_COUNT && count * 2 >= wrong;
}

const keyOf = (factId: string, slot: Slot) => `${factId}|${slot}`;

/** Wrong answers by fact and slot, most chosen first. */
export type MisconceptionIndex = { preferred(factIds: readonly string[], slot: Slot): string[] };

export function indexMisconceptions(list: readonly Misconception[]): MisconceptionIndex {
  const byKey = new Map<string, Misconception[]>();
  for (const m of list) {
    for (const id of m.factIds) {
      const key = keyOf(id, m.slot);
      byKey.set(key, [...(byKey.get(key) ?? []), m]);
    }
  }
  return {
    preferred(factIds, slot) {
      const found = factIds.flatMap((id) => byKey.get(keyOf(id, slot)) ?? []);
      const sorted = [...found].sort((a, b) => b.count - a.count || (a.answer < b.answer ? -1 : 1));
      return [...new Set(sorted.map((m) => m.answer))];
    },
  };
}

export const NO_MISCONCEPTIONS: MisconceptionIndex = indexMisconceptions([]);

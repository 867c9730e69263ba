// The order of a question set: moving one question up or down, and the order an
// attempt gets (the set's own, or shuffled with the attempt's seed).
import { shuffle } from "../questions/random";

export type Direction = "up" | "down";

/** The ids with one moved a place; unchanged at either end or when the id is not there. */
export function moveItem(ids: readonly string[], id: string, direction: Direction): string[] {
  const out = [...ids];
  const at = out.indexOf(id);
  const to = direction === "up" ? at - 1 : at + 1;
  if (at < 0 || to < 0 || to >= out.length) return out;
  out[at] = out[to] as string;
  out[to] = id;
  return out;
}

/** The questions of one attempt: servable ones only, in set order or a seeded shuffle of it. */
export function attemptOrder(
  setOrder: readonly string[],
  options: { shuffle: boolean; seed: number; servable: ReadonlySet<string> },
): string[] {
  const kept = setOrder.filter((id) => options.servable.has(id));
  return options.shuffle ? shuffle(kept, options.seed) : kept;
}

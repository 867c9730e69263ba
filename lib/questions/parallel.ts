// Options in parallel: a test-wise learner picks the longest option, the one shaped
// unlike the rest, or skips the odd one out. So each key gets a wrong option of its
// own length and shape (a "twin"), and the key is no longer the one that stands out.
// Haladyna, Downing and Rodriguez (2002): keep options alike in length and grammar.

/** How unlike two options look: length, words, and whether one has digits the other lacks. */
export function shapeDistance(a: string, b: string): number {
  const words = (s: string) => s.trim().split(/\s+/).length;
  const digits = (s: string) => /\d/.test(s);
  return Math.abs(a.length - b.length) + 6 * Math.abs(words(a) - words(b)) + (digits(a) === digits(b) ? 0 : 20);
}

/**
 * `count` wrong options from `pool` (most plausible first): first, for each key from
 * the longest, the unused option nearest it in shape among the first `window` of the
 * pool; then the rest in the pool's order. Ties keep the pool's order.
 */
export function parallelPick(
  keys: readonly string[],
  pool: readonly string[],
  count: number,
  window = count * 2,
): string[] {
  const picked: string[] = [];
  const near = pool.slice(0, Math.max(count, window));
  for (const key of [...keys].sort((a, b) => b.length - a.length)) {
    if (picked.length >= count) break;
    let best: string | undefined;
    for (const option of near) {
      if (picked.includes(option)) continue;
      if (best === undefined || shapeDistance(key, option) < shapeDistance(key, best)) best = option;
    }
    if (best !== undefined) picked.push(best);
  }
  for (const option of pool) {
    if (picked.length >= count) break;
    if (!picked.includes(option)) picked.push(option);
  }
  return picked;
}

/**
 * `count` wrong options around the key on some measure (shared words, a date): a hash of
 * the seed says how many lie above the key (none to all), the rest at or below, nearest
 * first. So the key is the top, the bottom or the middle only as often as chance makes it:
 * neither "the best match" nor "never the extreme" gives it away. Pool order breaks ties.
 */
export function placeAmong<T>(
  key: number,
  pool: readonly T[],
  measure: (item: T) => number,
  count: number,
  above: number,
): T[] {
  const over = pool.filter((p) => measure(p) > key).sort((a, b) => measure(a) - measure(b));
  const under = pool.filter((p) => measure(p) <= key).sort((a, b) => measure(b) - measure(a));
  // Never more than `count` from above: a larger `above` would make the slice below negative.
  const fromOver = Math.min(over.length, count, Math.max(above, count - under.length));
  return [...over.slice(0, fromOver), ...under.slice(0, count - fromOver)];
}

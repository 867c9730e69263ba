// Slugs and fact ids are global: a new one that is taken gets the first free -2, -3, ... suffix.

/** `base` if free, else the first of base-2, base-3, ... that is. */
export function firstFree(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Free ids for several new records at once: none takes another's. */
export function freeIds<T extends { id: string }>(records: readonly T[], taken: ReadonlySet<string>): T[] {
  const used = new Set(taken);
  return records.map((r) => {
    const id = firstFree(r.id, used);
    used.add(id);
    return { ...r, id };
  });
}

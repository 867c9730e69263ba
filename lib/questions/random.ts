// Seeded randomness, so the same corpus and seed always give the same bank and quiz.

/** FNV-1a (32-bit) over UTF-16 code units, finished with murmur3's fmix32 to spread low bits. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** murmur3's 32-bit finaliser (Austin Appleby, public domain). */
export function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Two hashes combined into one, for rendezvous ranking (a stable score per question and candidate). */
export function mixHashes(a: number, b: number): number {
  return fmix32((a ^ Math.imul(b, 0x9e3779b1)) >>> 0);
}

/**
 * mulberry32 (Tommy Ettinger, public domain): a tiny 32-bit PRNG, good enough for
 * shuffles. Returns floats in [0, 1).
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Seed = number | string;

export function rngFrom(seed: Seed): () => number {
  return mulberry32(typeof seed === "number" ? fmix32(seed) : hashString(seed));
}

/** Fisher–Yates with a seeded generator; returns a new array. */
export function shuffle<T>(items: readonly T[], seed: Seed): T[] {
  const out = [...items];
  const next = rngFrom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

/**
 * Orders candidates by a score that depends only on (seed, candidate key): adding or
 * removing one candidate never reorders the others (rendezvous hashing).
 */
export function rendezvousOrder<T>(items: readonly T[], seed: Seed, key: (item: T) => string): T[] {
  const s = typeof seed === "number" ? fmix32(seed) : hashString(seed);
  return items
    .map((item) => ({ item, k: key(item), score: mixHashes(s, hashString(key(item))) }))
    .sort((a, b) => a.score - b.score || (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .map((x) => x.item);
}

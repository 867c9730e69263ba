// In-process copies of rows that change rarely and are read on every quiz page
// and answer: question content and article titles. Each client has its own
// copies, so two databases in one process (tests, tools) never mix. The server
// that makes a change drops its copies at once; other app servers may serve
// theirs for up to STALE_AFTER_MS (the same bound as the session cookie cache).
import { LRUCache } from "lru-cache";
import type { Db } from "./client";

export const STALE_AFTER_MS = 60_000;

/** A getter for one bounded cache per client. */
export function perClientCache<K extends NonNullable<unknown>, V extends NonNullable<unknown>>(
  max: number,
): (db: Db) => LRUCache<K, V> {
  const caches = new WeakMap<Db, LRUCache<K, V>>();
  return (db) => {
    let cache = caches.get(db);
    if (!cache) {
      cache = new LRUCache<K, V>({ max, ttl: STALE_AFTER_MS });
      caches.set(db, cache);
    }
    return cache;
  };
}

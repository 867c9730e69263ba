// Rate limiting in the database, shared by every app server. Each limit counts
// hits in fixed windows; a window is its own row ("key@windowMs:index"), so a
// hit is ONE atomic statement (INSERT … ON CONFLICT DO UPDATE count = count + 1,
// Prisma's native upsert) that returns the new count. Callers reserve first and
// then decide: of 20 parallel tries against a limit of 5, exactly 5 see a count
// within it, whatever the interleaving.
import type { Db } from "./client";

export type Limit = { max: number; windowMs: number };
/** Several limits on one key, shortest window first: later windows make the wait grow as tries go on. */
export type Tiers = readonly Limit[];
export type Reservation = { allowed: boolean; retryAfterMs: number; keys: string[] };

function windowOf(key: string, limit: Limit, now: Date): { rowKey: string; start: Date; end: number } {
  const index = Math.floor(now.getTime() / limit.windowMs);
  const start = index * limit.windowMs;
  return { rowKey: `${key}@${limit.windowMs}:${index}`, start: new Date(start), end: start + limit.windowMs };
}

/** Counts one hit on every tier of `key` and says whether all are still within their limits. */
export async function reserve(db: Db, key: string, tiers: Tiers, now: Date): Promise<Reservation> {
  let retryAfterMs = 0;
  const keys: string[] = [];
  for (const limit of tiers) {
    const w = windowOf(key, limit, now);
    const row = await db.rateLimit.upsert({
      where: { key: w.rowKey },
      create: { key: w.rowKey, count: 1, windowStart: w.start },
      update: { count: { increment: 1 } },
      select: { count: true },
    });
    keys.push(w.rowKey);
    if (row.count > limit.max) retryAfterMs = Math.max(retryAfterMs, w.end - now.getTime());
  }
  return { allowed: retryAfterMs === 0, retryAfterMs, keys };
}

/** Gives back a reservation (a sign-in that succeeded should not count against anyone). */
export async function release(db: Db, reservation: Reservation): Promise<void> {
  await db.rateLimit.updateMany({
    where: { key: { in: reservation.keys }, count: { gt: 0 } },
    data: { count: { decrement: 1 } },
  });
}

/** How many hits the current window of each tier holds (for tests and the logs). */
export async function currentCounts(db: Db, key: string, tiers: Tiers, now: Date): Promise<number[]> {
  const rows = await Promise.all(
    tiers.map((limit) => db.rateLimit.findUnique({ where: { key: windowOf(key, limit, now).rowKey } })),
  );
  return rows.map((r) => r?.count ?? 0);
}

/** Drops windows that ended more than a day ago; called now and then, so the table stays small. */
export async function pruneRateLimits(db: Db, now: Date, longestWindowMs: number): Promise<number> {
  const { count } = await db.rateLimit.deleteMany({
    where: { windowStart: { lt: new Date(now.getTime() - longestWindowMs - 86_400_000) } },
  });
  return count;
}

// Fixed-window rate limiting in the database, shared by every app server.
import type { Db } from "./client";

export type Limit = { max: number; windowMs: number };
export type LimitState = { allowed: boolean; retryAfterMs: number };

/** Whether `key` is still under its limit now (does not count a hit). */
export async function checkLimit(db: Db, key: string, limit: Limit, now: Date): Promise<LimitState> {
  const row = await db.rateLimit.findUnique({ where: { key } });
  if (!row) return { allowed: true, retryAfterMs: 0 };
  const ends = row.windowStart.getTime() + limit.windowMs;
  if (ends <= now.getTime() || row.count < limit.max) return { allowed: true, retryAfterMs: 0 };
  return { allowed: false, retryAfterMs: ends - now.getTime() };
}

/** Counts one hit against `key`, starting a new window when the old one is over. */
export async function recordHit(db: Db, key: string, limit: Limit, now: Date): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await tx.rateLimit.findUnique({ where: { key } });
    if (!row || row.windowStart.getTime() + limit.windowMs <= now.getTime()) {
      await tx.rateLimit.upsert({ where: { key }, create: { key, count: 1, windowStart: now }, update: { count: 1, windowStart: now } });
    } else {
      await tx.rateLimit.update({ where: { key }, data: { count: { increment: 1 } } });
    }
  });
}

// The rate limiter against a real database: a hit is counted by one atomic
// statement before anything is decided, so parallel tries cannot slip past it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { currentCounts, pruneRateLimits, release, reserve } from "@/lib/db/rate-limit";
import { createTestDb, type TestDb } from "../support/db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.cleanup());

const now = new Date("2026-12-02T03:00:10Z");
const tiers = [
  { max: 5, windowMs: 60_000 },
  { max: 10, windowMs: 15 * 60_000 },
];

describe("reserve", () => {
  it("20 parallel reservations against a limit of 5: all 20 are counted and exactly 5 are allowed", async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () => reserve(t.db, "sign-in:account:a@example.com", tiers, now)),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    expect(await currentCounts(t.db, "sign-in:account:a@example.com", tiers, now)).toEqual([20, 20]);
    const refused = results.filter((r) => !r.allowed);
    // The longest window over its limit decides the wait: tries 6-10 wait for the minute (03:01), tries 11-20 for the quarter hour (03:15).
    const waits = refused.map((r) => r.retryAfterMs).sort((a, b) => a - b);
    expect(waits).toEqual([
      ...Array(5).fill(50_000),
      ...Array(10).fill(Date.parse("2026-12-02T03:15:00Z") - now.getTime()),
    ]);
  });

  it("waits grow as tries go on: the minute's window alone, then the quarter hour's", async () => {
    const key = "sign-in:account:b@example.com";
    for (let i = 0; i < 5; i++) expect((await reserve(t.db, key, tiers, now)).allowed).toBe(true);
    const sixth = await reserve(t.db, key, tiers, now);
    expect(sixth).toMatchObject({ allowed: false, retryAfterMs: 50_000 });
    // A minute later the first window is over: five more, then the 15-minute window holds them.
    const later = new Date(now.getTime() + 60_000);
    for (let i = 0; i < 4; i++) expect((await reserve(t.db, key, tiers, later)).allowed).toBe(true);
    expect((await reserve(t.db, key, tiers, later)).allowed).toBe(false);
  });

  it("a released reservation is given back, and old windows are pruned", async () => {
    const key = "sign-in:device:d1";
    const r = await reserve(t.db, key, tiers, now);
    expect(await currentCounts(t.db, key, tiers, now)).toEqual([1, 1]);
    await release(t.db, r);
    expect(await currentCounts(t.db, key, tiers, now)).toEqual([0, 0]);
    const pruned = await pruneRateLimits(t.db, new Date(now.getTime() + 3 * 86_400_000), 86_400_000);
    expect(pruned).toBeGreaterThan(0);
    expect(await t.db.rateLimit.count()).toBe(0);
  });
});

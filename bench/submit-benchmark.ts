// (b): answers posted to the JSON API at 50 connections, each a new (attempt,
// question) pair with its owner's cookie and a fresh idempotency key; then the
// same requests against a bare server that inserts the row through the driver.
// Afterwards the stored rows are checked against what each run acknowledged.
import type { Db } from "../lib/db/client";
import { startCeiling } from "./ceiling";
import {
  checkSubmit,
  loadFloor,
  loadSubmit,
  PairPool,
  probeSubmit,
  WARM_UP_SECONDS,
  type LoadStats,
  type SubmitCheck,
} from "./load";
import type { SubmitBenchmark } from "./report";
import { errorMessage, say, summary, type DatabaseKind } from "./say";
import type { BenchData } from "./seed";

const PROBES = 20;

/** SQLite takes at most 999 bound values per query through Prisma: ask about the attempts in slices. */
const IDS_PER_QUERY = 500;

function slices(ids: string[]): string[][] {
  return Array.from({ length: Math.ceil(ids.length / IDS_PER_QUERY) }, (_, i) =>
    ids.slice(i * IDS_PER_QUERY, (i + 1) * IDS_PER_QUERY),
  );
}

/** Waits until no more rows arrive for these attempts (requests still in flight finish), then reads their keys. */
async function storedKeys(db: Db, attemptIds: string[]): Promise<Set<string>> {
  const deadline = Date.now() + 20_000;
  let previous = -1;
  let steady = 0;
  while (steady < 4 && Date.now() < deadline) {
    let count = 0;
    for (const ids of slices(attemptIds)) count += await db.response.count({ where: { attemptId: { in: ids } } });
    steady = count === previous ? steady + 1 : 0;
    previous = count;
    await new Promise((r) => setTimeout(r, 500));
  }
  const keys = new Set<string>();
  for (const ids of slices(attemptIds)) {
    for (const row of await db.response.findMany({
      where: { attemptId: { in: ids } },
      select: { idempotencyKey: true },
    }))
      keys.add(row.idempotencyKey);
  }
  return keys;
}

/** Probe (fails loudly if the endpoint is broken), warm up, measure, then check the stored rows. */
async function submitRun(opts: {
  db: Db;
  baseUrl: string;
  pool: PairPool;
  connections: number;
  seconds: number;
}): Promise<{ stats: LoadStats; check: SubmitCheck }> {
  const probeKeys = await probeSubmit(opts.baseUrl, opts.pool, PROBES);
  const warmUp = await loadSubmit({ ...opts, seconds: Math.min(WARM_UP_SECONDS, opts.seconds) });
  const { stats, ledger } = await loadSubmit(opts);
  const stored = await storedKeys(opts.db, opts.pool.attemptIds);
  for (const key of [...probeKeys, ...warmUp.ledger.sent]) stored.delete(key);
  return { stats, check: checkSubmit(ledger, stored) };
}

export async function submitBenchmark(opts: {
  kind: DatabaseKind;
  db: Db;
  url: string;
  baseUrl: string;
  data: BenchData;
  cookies: Record<string, string>;
  connections: number;
  seconds: number;
}): Promise<SubmitBenchmark> {
  const { kind, db, connections, seconds } = opts;
  const cookieOf = (email: string) => {
    const cookie = opts.cookies[email];
    if (!cookie) throw new Error(`no session cookie for ${email}`);
    return cookie;
  };
  const appPool = new PairPool(
    opts.data.submit.learners.flatMap((l) =>
      l.attemptIds.map((attemptId) => ({ attemptId, cookie: cookieOf(l.email) })),
    ),
    opts.data.submit.questions,
  );
  // The ceiling ignores the cookie but gets one of the same size, so the requests are byte for byte alike.
  const someCookie = cookieOf(opts.data.submit.learners[0]?.email ?? "");
  const ceilingPool = new PairPool(
    opts.data.ceiling.attemptIds.map((attemptId) => ({ attemptId, cookie: someCookie })),
    opts.data.ceiling.questions,
  );
  const result: SubmitBenchmark = { app: { unavailable: "not run" }, ceiling: { unavailable: "not run" } };
  const verdict = (c: SubmitCheck) =>
    `stored ${c.stored} for ${c.acknowledged} acknowledged (${c.ok ? "verified" : "CHECK FAILED"})`;
  try {
    const { stats, check } = await submitRun({ db, baseUrl: opts.baseUrl, pool: appPool, connections, seconds });
    result.app = { stats };
    result.appCheck = check;
    say(kind, `(b) submit app: ${summary(stats)}; ${verdict(check)}`);
  } catch (error) {
    result.app = { unavailable: `failed: ${errorMessage(error)}` };
    say(kind, `(b) submit app failed: ${errorMessage(error)}`);
  }
  try {
    const { server, baseUrl } = await startCeiling(`${kind}-submit`, ["submit", opts.url]);
    try {
      const { stats, check } = await submitRun({ db, baseUrl, pool: ceilingPool, connections, seconds });
      result.ceiling = { stats };
      result.ceilingCheck = check;
      say(kind, `(b) submit ceiling: ${summary(stats)}; ${verdict(check)}`);
    } finally {
      await server.stop();
    }
  } catch (error) {
    result.ceiling = { unavailable: `failed: ${errorMessage(error)}` };
    say(kind, `(b) submit ceiling failed: ${errorMessage(error)}`);
  }
  try {
    result.floor = { stats: await loadFloor({ baseUrl: opts.baseUrl, connections, seconds }) };
    say(kind, `(b) framework floor: ${summary(result.floor.stats)}`);
  } catch (error) {
    result.floor = { unavailable: `failed: ${errorMessage(error)}` };
  }
  result.detail = `(attempt, question) pairs available: ${appPool.capacity} for the app, ${ceilingPool.capacity} for the ceiling; used ${appPool.used} and ${ceilingPool.used} (probes and warm-up included)`;
  return result;
}

// Load runs through autocannon's programmatic API, always on 127.0.0.1, always
// for a fixed duration. Page runs GET one URL; the submit run gives every
// request an unused (attempt, question) pair, its owner's cookie and a fresh
// idempotency key, and keeps a ledger of what was sent and answered so the
// stored rows can be checked afterwards.
import { randomUUID } from "node:crypto";
import autocannon, { type Options, type RequestParams, type Result } from "autocannon";
import type { Question } from "../lib/questions";
import { rightAnswer, wrongAnswer } from "./answers";

export type LoadStats = {
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
};

function toStats(result: Result, connections: number): LoadStats {
  return {
    connections,
    seconds: result.duration,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result["2xx"],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count])),
  };
}

function run(options: Options): Promise<Result> {
  if (!/^http:\/\/127\.0\.0\.1:\d+/.test(options.url)) throw new Error(`load runs stay on loopback: ${options.url}`);
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/**
 * Seconds of load before each measurement, not counted: a fresh server runs
 * unoptimised code for its first few thousand requests (V8 compiles the hot
 * paths as they warm), and a long-running server does not.
 */
export const WARM_UP_SECONDS = 5;

/** GETs one URL for `seconds` (after a warm-up that is not counted). */
export async function loadPage(opts: {
  url: string;
  cookie?: string;
  connections: number;
  seconds: number;
}): Promise<LoadStats> {
  const headers: Record<string, string> = opts.cookie ? { cookie: opts.cookie } : {};
  const base = { url: opts.url, connections: opts.connections, headers, method: "GET" };
  await run({ ...base, duration: Math.min(WARM_UP_SECONDS, opts.seconds) });
  return toStats(await run({ ...base, duration: opts.seconds }), opts.connections);
}

/**
 * The framework's floor beside the app: the same \`next start\` answering
 * GET /api/health (the proxy's headers, routing, one SELECT 1) at the same
 * connections. No route of the app can be faster than this.
 */
export function loadFloor(opts: { baseUrl: string; connections: number; seconds: number }): Promise<LoadStats> {
  return loadPage({ url: `${opts.baseUrl}/api/health`, connections: opts.connections, seconds: opts.seconds });
}

// ---------- Submitting answers ----------

export type Pair = { n: number; attemptId: string; cookie: string; question: Question };

/**
 * Hands out (attempt, question) pairs, each once: pair n is attempt n mod A,
 * question n div A, so concurrent requests go to different learners' attempts.
 */
export class PairPool {
  private next = 0;
  constructor(
    private readonly attempts: readonly { attemptId: string; cookie: string }[],
    private readonly questions: readonly Question[],
  ) {}

  get capacity(): number {
    return this.attempts.length * this.questions.length;
  }

  get used(): number {
    return this.next;
  }

  get attemptIds(): string[] {
    return this.attempts.map((a) => a.attemptId);
  }

  take(): Pair | null {
    if (this.next >= this.capacity) return null;
    const n = this.next++;
    const a = this.attempts[n % this.attempts.length];
    const question = this.questions[Math.floor(n / this.attempts.length)];
    if (!a || !question) return null;
    return { n, attemptId: a.attemptId, cookie: a.cookie, question };
  }
}

/** The JSON body the API takes; two answers in three are right, the rest wrong in varying ways. */
export function submitBody(pair: Pair, idempotencyKey: string): string {
  const answer = pair.n % 3 === 2 ? wrongAnswer(pair.question, pair.n) : rightAnswer(pair.question);
  return JSON.stringify({ questionId: pair.question.id, idempotencyKey, answer });
}

export function submitRequest(pair: Pair, idempotencyKey: string): RequestParams {
  return {
    method: "POST",
    path: `/api/attempts/${encodeURIComponent(pair.attemptId)}/responses`,
    headers: { cookie: pair.cookie, "content-type": "application/json" },
    body: submitBody(pair, idempotencyKey),
  };
}

/** What the submit run sent and what came back, by idempotency key. */
export type Ledger = {
  sent: Set<string>;
  ok: Set<string>;
  failed: Set<string>;
  /** Requests sent again after the pool ran out (should stay 0: the pool is sized for the duration). */
  repeats: number;
};

/** Sends a few answers one by one before the run, failing loudly if the endpoint does not work. */
export async function probeSubmit(baseUrl: string, pool: PairPool, count: number): Promise<string[]> {
  const keys: string[] = [];
  for (let i = 0; i < count; i++) {
    const pair = pool.take();
    if (!pair) throw new Error("no pairs left for the probe");
    const key = randomUUID();
    const request = submitRequest(pair, key);
    const response = await fetch(`${baseUrl}${request.path ?? ""}`, {
      method: "POST",
      headers: request.headers,
      body: typeof request.body === "string" ? request.body : undefined,
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    if (response.status !== 200)
      throw new Error(`POST ${request.path} answered HTTP ${response.status}: ${text.slice(0, 300)}`);
    keys.push(key);
  }
  return keys;
}

export async function loadSubmit(opts: {
  baseUrl: string;
  pool: PairPool;
  connections: number;
  seconds: number;
}): Promise<{ stats: LoadStats; ledger: Ledger }> {
  const ledger: Ledger = { sent: new Set(), ok: new Set(), failed: new Set(), repeats: 0 };
  let last: { pair: Pair; key: string } | undefined;
  const result = await run({
    url: opts.baseUrl,
    connections: opts.connections,
    duration: opts.seconds,
    requests: [
      {
        method: "POST",
        setupRequest: (request, context) => {
          const pair = opts.pool.take();
          if (pair) last = { pair, key: randomUUID() };
          else ledger.repeats++;
          if (!last) throw new Error("the pair pool is empty");
          // Out of pairs: resend the last answer with its key, an idempotent repeat that writes nothing.
          context.key = last.key;
          ledger.sent.add(last.key);
          return { ...request, ...submitRequest(last.pair, last.key) };
        },
        onResponse: (status, _body, context) => {
          const key = typeof context.key === "string" ? context.key : undefined;
          if (!key) return;
          if (status >= 200 && status < 300) ledger.ok.add(key);
          else ledger.failed.add(key);
        },
      },
    ],
  });
  return { stats: toStats(result, opts.connections), ledger };
}

// ---------- Checking what was stored ----------

export type SubmitCheck = {
  ok: boolean;
  /** Distinct answers the server acknowledged with 2xx. */
  acknowledged: number;
  /** Rows stored for this run's keys. */
  stored: number;
  /** Stored, but the reply was still on its way when autocannon closed its sockets at the deadline. */
  storedInFlight: number;
  /** Acknowledged but not stored: lost writes (must be 0). */
  lost: number;
  /** Stored although the server answered non-2xx (must be 0). */
  storedDespiteError: number;
  repeats: number;
};

/**
 * Every acknowledged answer must be stored, nothing answered with an error may
 * be, and any other stored row must be one whose reply was cut off at the deadline.
 */
export function checkSubmit(ledger: Ledger, storedKeys: Set<string>): SubmitCheck {
  let stored = 0;
  let lost = 0;
  let storedDespiteError = 0;
  let storedInFlight = 0;
  let storedUnexplained = 0;
  for (const key of ledger.sent) {
    const isStored = storedKeys.has(key);
    if (isStored) stored++;
    if (ledger.ok.has(key)) {
      if (!isStored) lost++;
    } else if (ledger.failed.has(key)) {
      if (isStored) storedDespiteError++;
    } else if (isStored) {
      storedInFlight++;
    }
  }
  for (const key of storedKeys) if (!ledger.sent.has(key)) storedUnexplained++;
  return {
    ok: lost === 0 && storedDespiteError === 0 && storedUnexplained === 0,
    acknowledged: ledger.ok.size,
    stored,
    storedInFlight,
    lost,
    storedDespiteError,
    repeats: ledger.repeats,
  };
}

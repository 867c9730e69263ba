// Turns one bench run into bench/RESULTS.md: what ran where, each benchmark
// beside its ceiling, and the targets, met or not, as measured.
import { WARM_UP_SECONDS, type LoadStats, type SubmitCheck } from "./load";
import type { RouteWeight } from "./first-load-js";
import type { LighthouseScore } from "./lighthouse";

export type Measured = { stats: LoadStats } | { unavailable: string };

export type Benchmark = {
  app: Measured;
  /** The app again at one connection, when the main run uses more: the time one request takes without queueing. */
  appSingle?: Measured;
  /** The same server answering its cheapest route (GET /api/health) at the same connections. */
  floor?: Measured;
  ceiling: Measured;
  /** Bytes of one response body (pages) or what one request does (submit). */
  detail?: string;
};

export type SubmitBenchmark = Benchmark & {
  appCheck?: SubmitCheck;
  ceilingCheck?: SubmitCheck;
};

export type DatabaseRun = {
  database: "SQLite" | "PostgreSQL";
  version: string;
  /** Set when the run for this database could not finish. */
  error?: string;
  quiz?: Benchmark;
  submit?: SubmitBenchmark;
  results?: Benchmark;
};

export type Outcome<T> = { value: T } | { error: string } | { skipped: string };

export type BenchReport = {
  startedAt: Date;
  finishedAt: Date;
  command: string;
  machine: {
    cores: number;
    cpu: string;
    memoryGb: number;
    platform: string;
    loadBefore: number[];
    loadAfter: number[];
  };
  versions: Record<string, string>;
  settings: { seconds: number; quizConnections: number; submitConnections: number; resultsConnections: number };
  seedSummary: string;
  databases: DatabaseRun[];
  buildRoutes: Outcome<string>;
  firstLoad: Outcome<RouteWeight[]>;
  lighthouse: Outcome<{ preset: string; scores: LighthouseScore[] }>;
  bankGeneration: Outcome<string>;
};

export const TARGETS = {
  submitP99Ms: 50,
  quizP50Ms: 30,
  resultsP50Ms: 150,
  firstLoadKb: 120,
  accessibility: 100,
  performance: 95,
} as const;

/** autocannon records whole milliseconds; 0 means under one. */
const ms = (v: number) => (v < 1 ? "< 1" : v.toFixed(0));
const rps = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const met = (ok: boolean) => (ok ? "met" : "**not met**");
const failures = (s: LoadStats) => s.non2xx + s.errors + s.timeouts;
const connections = (n: number) => `${n} connection${n === 1 ? "" : "s"}`;
const UNMEASURED = "**not measured**";

function statusSummary(s: LoadStats): string {
  const codes = Object.entries(s.statusCodes)
    .filter(([code]) => !code.startsWith("2"))
    .map(([code, n]) => `${n}× ${code}`);
  return codes.length ? codes.join(", ") : "";
}

function row(database: string, server: string, m: Measured): string {
  if ("unavailable" in m) return `| ${database} | ${server} | — | — | — | — | — | — | — | ${m.unavailable} |`;
  const s = m.stats;
  return `| ${database} | ${server} | ${s.connections} | ${rps(s.requestsPerSecond)} | ${ms(s.p50)} | ${ms(s.p99)} | ${s.ok} | ${s.non2xx} | ${s.errors + s.timeouts} | ${statusSummary(s)} |`;
}

function ratioRow(database: string, b: Benchmark): string {
  if ("unavailable" in b.app || "unavailable" in b.ceiling)
    return `| ${database} | **app / ceiling** | | — | — | — | | | | |`;
  const a = b.app.stats;
  const c = b.ceiling.stats;
  const pct = c.requestsPerSecond > 0 ? `${((100 * a.requestsPerSecond) / c.requestsPerSecond).toFixed(1)}%` : "—";
  // A ceiling under 1 ms (recorded as 0) gives a lower bound: app ÷ 1 ms.
  const times = (x: number, y: number) => (y > 0 ? `${(x / y).toFixed(1)}×` : x > 0 ? `> ${x.toFixed(0)}×` : "—");
  return `| ${database} | **app / ceiling** | | **${pct}** | ${times(a.p50, c.p50)} | ${times(a.p99, c.p99)} | | | | |`;
}

const TABLE_HEAD = [
  "| database | server | conn. | req/s | p50 ms | p99 ms | 2xx | non-2xx | errors + timeouts | notes |",
  "|---|---|---:|---:|---:|---:|---:|---:|---:|---|",
];

function benchmarkTable(
  runs: DatabaseRun[],
  pick: (r: DatabaseRun) => Benchmark | undefined,
  ceilingName: string,
): string[] {
  const lines = [...TABLE_HEAD];
  for (const r of runs) {
    const b = pick(r);
    if (!b) {
      lines.push(`| ${r.database} | — | | | | | | | | not run${r.error ? `: ${r.error.split("\n")[0]}` : ""} |`);
      continue;
    }
    lines.push(row(r.database, "app (`next start`)", b.app));
    if (b.appSingle) lines.push(row(r.database, "app, 1 connection (no queueing)", b.appSingle));
    if (b.floor) lines.push(row(r.database, "framework floor: same `next start`, GET /api/health", b.floor));
    lines.push(row(r.database, ceilingName, b.ceiling), ratioRow(r.database, b));
  }
  return lines;
}

function checkLine(label: string, c: SubmitCheck | undefined): string {
  if (!c) return `- ${label}: not checked.`;
  const verdict = c.ok ? "**verified**" : "**FAILED**";
  const extra = [
    c.storedInFlight
      ? `${c.storedInFlight} more stored whose replies were still in flight when autocannon closed its sockets at the deadline`
      : "",
    c.lost ? `${c.lost} acknowledged but NOT stored` : "",
    c.storedDespiteError ? `${c.storedDespiteError} stored although answered with an error` : "",
    c.repeats ? `${c.repeats} repeats after the pairs ran out` : "",
  ].filter(Boolean);
  return `- ${label}: ${verdict}: ${c.acknowledged} answers acknowledged with 2xx, ${c.stored} rows stored for this run's keys${extra.length ? `; ${extra.join("; ")}` : ""}.`;
}

function outcomeText<T>(o: Outcome<T>): string | undefined {
  if ("error" in o) return `Failed: ${o.error}`;
  if ("skipped" in o) return `Skipped: ${o.skipped}`;
  return undefined;
}

/** What the framework alone takes at the same connections, next to a target it bounds. */
function floorNote(b: Benchmark | undefined, pick: "p50" | "p99"): string {
  const f = b?.floor;
  return f && "stats" in f ? `; framework floor ${pick} ${ms(f.stats[pick])} ms` : "";
}

function targetRows(report: BenchReport): string[] {
  const rows = ["| target | measured | result |", "|---|---|---|"];
  for (const r of report.databases) {
    const s = r.submit?.app;
    if (s && "stats" in s) {
      const ok = s.stats.p99 < TARGETS.submitP99Ms && failures(s.stats) === 0;
      rows.push(
        `| ${r.database}: submit p99 < ${TARGETS.submitP99Ms} ms at ${connections(s.stats.connections)}, no errors | p99 ${ms(s.stats.p99)} ms, ${failures(s.stats)} non-2xx/errors${floorNote(r.submit, "p99")} | ${met(ok)} |`,
      );
    } else
      rows.push(
        `| ${r.database}: submit p99 < ${TARGETS.submitP99Ms} ms at 50 connections, no errors | ${s && "unavailable" in s ? s.unavailable : "—"} | ${UNMEASURED} |`,
      );
    const q = r.quiz?.app;
    const q1 = r.quiz?.appSingle;
    const single = q1 && "stats" in q1 ? ` (${ms(q1.stats.p50)} ms at 1 connection)` : "";
    if (q && "stats" in q)
      rows.push(
        `| ${r.database}: quiz page p50 < ${TARGETS.quizP50Ms} ms | ${ms(q.stats.p50)} ms at ${connections(q.stats.connections)}${single}${floorNote(r.quiz, "p50")} | ${met(q.stats.p50 < TARGETS.quizP50Ms && failures(q.stats) === 0)} |`,
      );
    else
      rows.push(
        `| ${r.database}: quiz page p50 < ${TARGETS.quizP50Ms} ms | ${q && "unavailable" in q ? q.unavailable : "—"} | ${UNMEASURED} |`,
      );
    const c = r.results?.app;
    if (c && "stats" in c)
      rows.push(
        `| ${r.database}: results page (200 × 30) p50 < ${TARGETS.resultsP50Ms} ms | ${ms(c.stats.p50)} ms at ${connections(c.stats.connections)} | ${met(c.stats.p50 < TARGETS.resultsP50Ms && failures(c.stats) === 0)} |`,
      );
    else
      rows.push(
        `| ${r.database}: results page (200 × 30) p50 < ${TARGETS.resultsP50Ms} ms | ${c && "unavailable" in c ? c.unavailable : "—"} | ${UNMEASURED} |`,
      );
  }
  if ("value" in report.firstLoad && report.firstLoad.value.length) {
    const worst = report.firstLoad.value.reduce((a, b) => (b.transferredBytes > a.transferredBytes ? b : a));
    const over = report.firstLoad.value
      .filter((w) => w.transferredBytes >= TARGETS.firstLoadKb * 1000)
      .map((w) => w.route);
    rows.push(
      `| first-load JS < ${TARGETS.firstLoadKb} kB gzipped on every learner route | largest ${kb(worst.transferredBytes)} kB (${worst.route})${over.length ? `; over: ${over.join(", ")}` : ""} | ${met(over.length === 0)} |`,
    );
  } else rows.push(`| first-load JS < ${TARGETS.firstLoadKb} kB gzipped | — | ${UNMEASURED} |`);
  if ("value" in report.lighthouse) {
    for (const s of report.lighthouse.value.scores) {
      rows.push(
        `| Lighthouse ${s.page}: accessibility ${TARGETS.accessibility} | ${s.accessibility ?? "—"} | ${met(s.accessibility === TARGETS.accessibility)} |`,
      );
      rows.push(
        `| Lighthouse ${s.page}: performance ≥ ${TARGETS.performance} | ${s.performance ?? "—"} | ${met((s.performance ?? 0) >= TARGETS.performance)} |`,
      );
    }
  } else
    rows.push(
      `| Lighthouse accessibility ${TARGETS.accessibility}, performance ≥ ${TARGETS.performance} | — | ${UNMEASURED} |`,
    );
  return rows;
}

export function renderReport(report: BenchReport): string {
  const { machine, versions, settings } = report;
  const minutes = ((report.finishedAt.getTime() - report.startedAt.getTime()) / 60000).toFixed(1);
  const out: string[] = [];
  out.push("# Benchmarks", "");
  out.push(`Written by \`npm run bench\` (bench/run.ts). Do not edit by hand: run it again.`, "");
  out.push(`- Date: ${report.startedAt.toISOString()} (took ${minutes} min); command: \`${report.command}\``);
  const load = (l: number[]) => l.map((v) => v.toFixed(1)).join(" / ");
  out.push(
    `- Machine: ${machine.cores} cores (os.cpus().length), ${machine.cpu}, ${machine.memoryGb} GB RAM, ${machine.platform}`,
  );
  out.push(
    `- Load average (1 / 5 / 15 min) before the run: ${load(machine.loadBefore)}; after: ${load(machine.loadAfter)}. Anything above 0 before the run is other work sharing the cores.`,
  );
  out.push(
    `- ${Object.entries(versions)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}`,
  );
  for (const r of report.databases) out.push(`- ${r.database}: ${r.version}`);
  out.push(
    `- Load: autocannon on 127.0.0.1, ${settings.seconds} s per measurement after ${WARM_UP_SECONDS} s of warm-up; app = production build (\`next build\` into .next-bench, then \`next start\`, NODE_ENV=production); framework floor = the same server answering GET /api/health (proxy, routing, one SELECT 1) at the same connections; ceiling = a bare node:http server (bench/ceiling-server.ts), same machine, same client.`,
  );
  out.push(`- Data: ${report.seedSummary}`);
  out.push("");
  out.push(
    "The bench, the app and the database share the same cores, so the absolute numbers are those of a small box; the app / ceiling ratio is the steadier figure.",
  );
  if ((machine.loadBefore[0] ?? 0) > machine.cores / 2) {
    out.push(
      "",
      `**Other work was using the cores during this run** (load average ${load(machine.loadBefore)} before it on ${machine.cores} cores): the app's figures are pessimistic; run again on a quiet machine to compare.`,
    );
  }
  out.push("");

  out.push("## Targets", "", ...targetRows(report), "");

  out.push("## (a) Quiz page: GET /quiz/<attemptId> as its signed-in learner", "");
  out.push(
    "A quiz of 10 questions with 3 answered, so the page shows question 4. Ceiling: node:http serving the same HTML bytes, fetched once from the app.",
    "",
  );
  out.push(...benchmarkTable(report.databases, (r) => r.quiz, "ceiling (same bytes)"), "");
  for (const r of report.databases) if (r.quiz?.detail) out.push(`- ${r.database}: ${r.quiz.detail}`);
  out.push("");

  out.push("## (b) Submitting answers: POST /api/attempts/<attemptId>/responses", "");
  out.push(
    "Every request is a new (attempt, question) pair of one of 50 learners' attempts (300 questions each), with its owner's session cookie and a fresh idempotency key; two answers in three are right, and a wrong one also adds the question's facts to the learner's flashcard deck, as in the app. Ceiling: node:http that parses the same JSON body and inserts the same Response row through the driver (better-sqlite3 / pg, pool of 10 like the app's adapter) with the same unique keys, without session check, grading or the flashcard write.",
    "",
  );
  out.push(...benchmarkTable(report.databases, (r) => r.submit, "ceiling (driver insert)"), "");
  for (const r of report.databases) {
    if (!r.submit) continue;
    out.push(checkLine(`${r.database} app`, r.submit.appCheck));
    out.push(checkLine(`${r.database} ceiling`, r.submit.ceilingCheck));
    if (r.submit.detail) out.push(`- ${r.database}: ${r.submit.detail}.`);
  }
  out.push(
    "- Reading the tail: with 50 connections the server's one event loop is saturated, and each measured run opens 50 new connections. On SQLite every query is synchronous, so the loop never idles and the new connections' first requests reach the handler one loop turn apart: a few wait seconds while the rest take a turn (about p50). `npx tsx bench/event-loop-burst.ts` shows the same tail from a bare node:http server doing 5 ms of synchronous work per request, with no app code. PostgreSQL's asynchronous driver leaves the loop idle gaps, so its tail is far shorter.",
  );
  out.push("");

  out.push("## (c) Teacher results page: GET /teach/assignments/<id> for a class of 200 × 30 answers", "");
  out.push(
    "200 enrolled learners, each with one submitted attempt of the same 30-question assignment (6,000 responses, scores spread from about 35% to 95%). Ceiling: node:http serving the same HTML bytes.",
    "",
  );
  out.push(...benchmarkTable(report.databases, (r) => r.results, "ceiling (same bytes)"), "");
  for (const r of report.databases) if (r.results?.detail) out.push(`- ${r.database}: ${r.results.detail}`);
  out.push("");

  out.push("## First-load JavaScript per learner route", "");
  const fl = outcomeText(report.firstLoad);
  if (fl) out.push(fl);
  else if ("value" in report.firstLoad) {
    out.push(
      "Chromium (Playwright), a fresh context per route with the cache disabled, signed in as a learner; the sum of CDP `encodedDataLength` (bytes on the wire, compressed, headers included) of every script response until the network is idle. kB = 1,000 bytes.",
      "",
      "| route | path | HTTP | scripts | JS kB transferred | of which bodies | shared framework | the route's own | largest script | encodings | < 120 kB |",
      "|---|---|---:|---:|---:|---:|---:|---:|---|---|---|",
    );
    for (const w of report.firstLoad.value) {
      const largest = w.largest ? `${w.largest.file} (${kb(w.largest.bytes)} kB)` : "—";
      out.push(
        `| ${w.route} | \`${w.path}\` | ${w.status} | ${w.scripts} | ${kb(w.transferredBytes)} | ${kb(w.bodyBytes)} | ${kb(w.frameworkBytes)} | ${kb(w.transferredBytes - w.frameworkBytes)} | ${largest} | ${w.encodings.join(", ") || "—"} | ${met(w.transferredBytes < TARGETS.firstLoadKb * 1000)} |`,
      );
    }
    out.push(
      "",
      "Shared framework: the scripts the build manifest lists as `rootMainFiles` (React DOM, the App Router, the Turbopack runtime), loaded by every page; the route's own: everything else (layout and page client components).",
    );
    const plain = new Map(report.firstLoad.value.flatMap((w) => w.uncompressed.map((u) => [u.file, u.bytes] as const)));
    if (plain.size) {
      out.push(
        "",
        `Sent without compression: ${[...plain].map(([file, bytes]) => `${file} (${kb(bytes)} kB)`).join(", ")}.`,
      );
    }
  }
  out.push("");
  out.push("### Routes in the build", "");
  const br = outcomeText(report.buildRoutes);
  if (br) out.push(br);
  else if ("value" in report.buildRoutes) out.push("```", report.buildRoutes.value, "```");
  out.push("");

  out.push("## Lighthouse", "");
  const lh = outcomeText(report.lighthouse);
  if (lh) out.push(lh);
  else if ("value" in report.lighthouse) {
    out.push(
      `Preset: ${report.lighthouse.value.preset}; Chromium ${versions.Chromium ?? ""} headless, signed in as a learner (cookie sent as an extra header), against the SQLite server.`,
      "",
    );
    out.push(
      "| page | path | performance | accessibility | FCP ms | LCP ms | TBT ms | CLS | failed accessibility audits |",
      "|---|---|---:|---:|---:|---:|---:|---:|---|",
    );
    for (const s of report.lighthouse.value.scores) {
      const n = (v: number | null) => (v === null ? "—" : v.toFixed(0));
      out.push(
        `| ${s.page} | \`${s.path}\` | ${s.performance ?? "—"} | ${s.accessibility ?? "—"} | ${n(s.fcp)} | ${n(s.lcp)} | ${n(s.tbt)} | ${s.cls === null ? "—" : s.cls.toFixed(3)} | ${s.error ? `error: ${s.error}` : s.failedAccessibility.join(", ") || "none"} |`,
      );
    }
  }
  out.push("");

  out.push("## Question bank generation", "");
  out.push(
    "From bench/bank-generation.ts (run by bench/run.ts): `generateBank` on the seed corpus and on synthetic corpora.",
    "",
  );
  const bg = outcomeText(report.bankGeneration);
  if (bg) out.push(bg);
  else if ("value" in report.bankGeneration) out.push(report.bankGeneration.value.trim());
  out.push("");

  const errors = report.databases.filter((r) => r.error);
  if (errors.length) {
    out.push("## Errors", "");
    for (const r of errors) out.push(`- ${r.database}: ${r.error?.split("\n").join(" ")}`);
    out.push("");
  }
  return out.join("\n");
}

// One database's part of the run: make the database (a fresh SQLite file or a
// throwaway PostgreSQL), prepare and seed it, serve the build with it, sign the
// bench users in, then measure (a), (b) and (c), each beside its ceiling.
// Whatever happens, the server and the database are stopped before it returns.
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { z } from "zod";
import { createDb, type Db } from "../lib/db/client";
import { sqlitePath } from "../lib/env/database-url";
import { DIST_DIR } from "./build";
import { LOG_DIR } from "./ceiling";
import { pageBenchmark } from "./page-benchmark";
import { describePostgres, startPostgres } from "./postgres";
import { freePort, NEXT, NEXT_JS, runOrThrow, startServer, TSX, waitForOk } from "./processes";
import type { DatabaseRun } from "./report";
import { errorMessage, say, type DatabaseKind } from "./say";
import { QUESTIONS_PER_SUBMIT_ATTEMPT, SUBMIT_LEARNERS, seedBench, type BenchData } from "./seed";
import { submitBenchmark } from "./submit-benchmark";
import { WARM_UP_SECONDS } from "./load";

export type { DatabaseKind } from "./say";

const SQLITE_URL = "file:./.data/bench-sqlite.db";

/** Headroom for the pools of unused (attempt, question) pairs: they must outlast the run. */
const APP_MAX_SUBMITS_PER_SECOND = 2000;
const CEILING_MAX_SUBMITS_PER_SECOND = 20000;

export type Settings = {
  seconds: number;
  quizConnections: number;
  submitConnections: number;
  resultsConnections: number;
  authSecret: string;
  /** Set: the server runs under node --cpu-prof and leaves its profile here when stopped. */
  profileDir?: string;
};

/** What later steps (browser checks) need while the server is still up. */
export type LiveApp = { baseUrl: string; data: BenchData; cookies: Record<string, string> };

function describeSqlite(url: string): string {
  const file = new Database(sqlitePath(url), { readonly: true });
  try {
    const version = z.object({ v: z.string() }).parse(file.prepare("select sqlite_version() as v").get()).v;
    const journal = String(file.pragma("journal_mode", { simple: true }));
    const synchronous = ["OFF", "NORMAL", "FULL", "EXTRA"][Number(file.pragma("synchronous", { simple: true }))] ?? "?";
    return `SQLite ${version} through better-sqlite3 (journal_mode ${journal}, synchronous ${synchronous}: the driver's WAL default, so a commit is written to the WAL without an fsync; checkpoints fsync)`;
  } finally {
    file.close();
  }
}

const signInOutputSchema = z.record(z.string(), z.string().startsWith("better-auth.session_token="));

export async function runDatabase(
  kind: DatabaseKind,
  settings: Settings,
  afterLoad?: (app: LiveApp) => Promise<void>,
): Promise<{ run: DatabaseRun; seedSummary?: string }> {
  const run: DatabaseRun = { database: kind === "sqlite" ? "SQLite" : "PostgreSQL", version: "?" };
  let seedSummary: string | undefined;
  const stops: (() => Promise<void>)[] = [];
  let db: Db | undefined;
  try {
    mkdirSync(LOG_DIR, { recursive: true });
    let url: string;
    if (kind === "sqlite") {
      url = SQLITE_URL;
      for (const suffix of ["", "-wal", "-shm"]) rmSync(`${sqlitePath(url)}${suffix}`, { force: true });
    } else {
      say(kind, "starting a throwaway PostgreSQL (fsync on)...");
      const pg = await startPostgres();
      stops.push(pg.stop);
      url = pg.url;
      run.version = await describePostgres(url);
    }

    say(kind, "prepare: migrate, sync content/, question bank, demo school...");
    const dbEnv: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: url,
      AUTH_SECRET: settings.authSecret,
      NODE_ENV: "production",
    };
    await runOrThrow({
      label: "prepare",
      command: TSX,
      args: ["lib/cli/prepare.ts"],
      env: dbEnv,
      timeoutMs: 10 * 60_000,
    });
    if (kind === "sqlite") run.version = describeSqlite(url);

    say(kind, "seeding bench data...");
    db = createDb(url);
    const data = await seedBench(db, {
      submitAttemptsPerLearner: Math.ceil(
        (APP_MAX_SUBMITS_PER_SECOND * (settings.seconds + WARM_UP_SECONDS)) /
          (SUBMIT_LEARNERS * QUESTIONS_PER_SUBMIT_ATTEMPT),
      ),
      ceilingAttempts: Math.ceil(
        (CEILING_MAX_SUBMITS_PER_SECOND * (settings.seconds + WARM_UP_SECONDS)) / QUESTIONS_PER_SUBMIT_ATTEMPT,
      ),
      now: new Date(),
    });
    const attemptsPerLearner = data.submit.learners[0]?.attemptIds.length ?? 0;
    seedSummary =
      `(a) one learner's quiz of 10 questions with 3 answered; (b) ${data.submit.learners.length} learners × ${attemptsPerLearner} attempt(s) × ${data.submit.questions.length} questions ` +
      `(${data.ceiling.attemptIds.length} more attempts for the ceiling); (c) a class of ${data.results.learners} × ${data.results.questions} questions (${data.results.responses} responses); ` +
      `on top of content/ and the demo school from lib/cli/prepare.ts. Seeded through Prisma by bench/seed.ts.`;

    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const appEnv: NodeJS.ProcessEnv = {
      ...dbEnv,
      APP_URL: baseUrl,
      PORT: String(port),
      NEXT_DIST_DIR: DIST_DIR,
      NEXT_TELEMETRY_DISABLED: "1",
    };
    say(kind, `next start on ${baseUrl}...`);
    const server = startServer({
      label: `next start (${kind})`,
      ...(settings.profileDir
        ? {
            command: process.execPath,
            args: [
              "--cpu-prof",
              `--cpu-prof-dir=${settings.profileDir}`,
              `--cpu-prof-name=next-${kind}.cpuprofile`,
              NEXT_JS,
              "start",
              "-H",
              "127.0.0.1",
              "-p",
              String(port),
            ],
          }
        : { command: NEXT, args: ["start", "-H", "127.0.0.1", "-p", String(port)] }),
      env: appEnv,
      logFile: join(LOG_DIR, `next-${kind}.log`),
    });
    stops.push(server.stop);
    await waitForOk(`${baseUrl}/api/health`, server, 120_000);

    say(kind, "signing the bench users in...");
    const emails = [data.quiz.email, data.results.teacherEmail, ...data.submit.learners.map((l) => l.email)];
    const signedIn = await runOrThrow({
      label: "sign-in",
      command: TSX,
      args: ["bench/sign-in.ts"],
      env: appEnv,
      input: JSON.stringify({ password: data.password, emails }),
      timeoutMs: 5 * 60_000,
    });
    const cookies = signInOutputSchema.parse(JSON.parse(signedIn.stdout.trim().split("\n").pop() ?? "{}"));
    const cookieOf = (email: string) => {
      const cookie = cookies[email];
      if (!cookie) throw new Error(`no session cookie for ${email}`);
      return cookie;
    };

    const common = { kind, baseUrl, seconds: settings.seconds };
    say(kind, "(a) quiz page...");
    run.quiz = await pageBenchmark({
      ...common,
      label: "quiz-page",
      path: `/quiz/${data.quiz.attemptId}`,
      cookie: cookieOf(data.quiz.email),
      connections: settings.quizConnections,
    });
    say(kind, "(b) submitting answers...");
    run.submit = await submitBenchmark({ ...common, db, url, data, cookies, connections: settings.submitConnections });
    say(kind, "(c) teacher results page...");
    run.results = await pageBenchmark({
      ...common,
      label: "results-page",
      path: `/teach/assignments/${data.results.assignmentId}`,
      cookie: cookieOf(data.results.teacherEmail),
      connections: settings.resultsConnections,
    });
    if (afterLoad) await afterLoad({ baseUrl, data, cookies });
  } catch (error) {
    run.error = errorMessage(error);
    say(kind, `failed: ${run.error}`);
  } finally {
    await db?.$disconnect().catch(() => undefined);
    for (const stop of stops.reverse())
      await stop().catch((error: unknown) => say(kind, `stop failed: ${errorMessage(error)}`));
  }
  say(kind, `logs in ${LOG_DIR}/`);
  return { run, seedSummary };
}

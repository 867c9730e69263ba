// npm run bench [-- --duration 10]: builds the app once, then for SQLite and a
// throwaway PostgreSQL measures the quiz page, answer submission and the
// teacher results page against bare node:http ceilings; measures first-load
// JavaScript and Lighthouse scores in Chromium; folds in the question bank
// generation benchmark; and writes bench/RESULTS.md. Every server and database
// it starts is stopped at the end, on failure and on Ctrl-C.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { parseBenchArgs } from "./args";
import { buildApp, DIST_DIR } from "./build";
import { cleanupAll, installSignalHandlers, isStopping } from "./cleanup";
import { runDatabase, type DatabaseKind, type LiveApp } from "./database-run";
import { frameworkScripts, measureFirstLoadJs } from "./first-load-js";
import { LIGHTHOUSE_PRESET, runLighthouse } from "./lighthouse";
import { runToCompletion, TSX } from "./processes";
import { renderReport, type BenchReport, type Outcome } from "./report";
import { CHROMIUM } from "./browser";
import { postgresInstalled } from "./postgres";
import { isInnerRun, superviseSelf } from "./supervise";

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function outcome<T>(label: string, fn: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { value: await fn() };
  } catch (error) {
    console.error(`${label} failed: ${message(error)}`);
    return { error: message(error) };
  }
}

function packageVersion(name: string): string {
  try {
    const json: unknown = JSON.parse(readFileSync(join("node_modules", name, "package.json"), "utf8"));
    return z.object({ version: z.string() }).parse(json).version;
  } catch {
    return "?";
  }
}

function chromiumVersion(): string {
  const result = spawnSync(CHROMIUM, ["--version"], { encoding: "utf8", timeout: 20_000 });
  return result.stdout.match(/[\d.]+/)?.[0] ?? "?";
}

/** The learner routes whose first-load JavaScript is measured, with real ids from the seed. */
function learnerRoutes(app: LiveApp): { route: string; path: string }[] {
  return [
    { route: "/", path: "/" },
    { route: "/quiz", path: "/quiz" },
    { route: "/quiz/[attemptId]", path: `/quiz/${app.data.quiz.attemptId}` },
    { route: "/flashcards", path: "/flashcards" },
    { route: "/review", path: "/review" },
    { route: "/progress", path: "/progress" },
    { route: "/sources/[slug]", path: `/sources/${app.data.articleSlug}` },
    { route: "/learn/timeline", path: "/learn/timeline" },
  ];
}

async function main(): Promise<number> {
  const args = parseBenchArgs(process.argv.slice(2));
  installSignalHandlers();
  const startedAt = new Date();
  const authSecret = randomBytes(32).toString("base64url");
  const report: BenchReport = {
    startedAt,
    finishedAt: startedAt,
    command: `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim().replace(/ --$/, ""),
    machine: {
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model.trim() ?? "unknown CPU",
      memoryGb: Math.round(os.totalmem() / 1024 ** 3),
      platform: `${os.type()} ${os.release()} ${os.arch()}`,
      loadBefore: os.loadavg(),
      loadAfter: [],
    },
    versions: {
      Node: process.version,
      Next: packageVersion("next"),
      React: packageVersion("react"),
      Prisma: packageVersion("@prisma/client"),
      "better-sqlite3": packageVersion("better-sqlite3"),
      pg: packageVersion("pg"),
      autocannon: packageVersion("autocannon"),
      Lighthouse: packageVersion("lighthouse"),
      Playwright: packageVersion("@playwright/test"),
      Chromium: chromiumVersion(),
    },
    settings: {
      seconds: args.duration,
      quizConnections: args.quizConnections,
      submitConnections: args.submitConnections,
      resultsConnections: args.resultsConnections,
    },
    seedSummary: "not seeded",
    databases: [],
    buildRoutes: { skipped: "not built" },
    firstLoad: { skipped: "not measured" },
    lighthouse: { skipped: args.lighthouse ? "not measured" : "--no-lighthouse" },
    bankGeneration: { skipped: args.bank ? "not run" : "--no-bank" },
  };

  console.log(`Building into .next-bench${args.skipBuild ? " (or reusing it: --skip-build)" : ""}...`);
  const build = await buildApp({
    skipBuild: args.skipBuild,
    env: { ...process.env, DATABASE_URL: "file:./.data/bench-sqlite.db" },
  });
  console.log(build.skipped ? "Build reused." : `Built in ${build.seconds.toFixed(0)} s.`);
  report.buildRoutes = { value: build.routes };

  const kinds: DatabaseKind[] = args.db === "both" ? ["sqlite", "postgres"] : [args.db];
  for (const [i, kind] of kinds.entries()) {
    if (kind === "postgres" && !postgresInstalled()) {
      report.databases.push({
        database: "PostgreSQL",
        version: "not installed",
        error: "PostgreSQL is not installed (apt-get install postgresql)",
      });
      continue;
    }
    // The browser checks do not depend on the database: run them once, against the first server.
    const afterLoad =
      i === 0
        ? async (app: LiveApp) => {
            const cookie = app.cookies[app.data.quiz.email] ?? "";
            console.log("First-load JavaScript in Chromium...");
            report.firstLoad = await outcome("first-load JS", () =>
              measureFirstLoadJs({
                baseUrl: app.baseUrl,
                cookie,
                routes: learnerRoutes(app),
                framework: frameworkScripts(DIST_DIR),
              }),
            );
            if (args.lighthouse) {
              console.log("Lighthouse...");
              const pages = [
                { page: "home", path: "/" },
                { page: "quiz page", path: `/quiz/${app.data.quiz.attemptId}` },
                { page: "reader page", path: `/sources/${app.data.articleSlug}` },
              ];
              report.lighthouse = await outcome("Lighthouse", async () => ({
                preset: LIGHTHOUSE_PRESET,
                scores: await runLighthouse({ baseUrl: app.baseUrl, cookie, pages }),
              }));
            }
          }
        : undefined;
    const { run, seedSummary } = await runDatabase(
      kind,
      {
        seconds: args.duration,
        quizConnections: args.quizConnections,
        submitConnections: args.submitConnections,
        resultsConnections: args.resultsConnections,
        authSecret,
        profileDir: args.profile,
      },
      afterLoad,
    );
    report.databases.push(run);
    if (seedSummary) report.seedSummary = seedSummary;
  }

  if (args.bank) {
    console.log("Question bank generation (bench/bank-generation.ts, about a minute)...");
    report.bankGeneration = await outcome("bank generation", async () => {
      const result = await runToCompletion({
        label: "bank generation",
        command: TSX,
        args: ["bench/bank-generation.ts"],
        env: process.env,
        timeoutMs: 20 * 60_000,
      });
      if (result.code !== 0)
        throw new Error(`exit code ${result.code}: ${result.stderr.trim().split("\n").slice(-5).join(" ")}`);
      return result.stdout;
    });
  }

  // Interrupted: keep the last complete report rather than writing a partial one.
  if (isStopping()) return 130;
  report.finishedAt = new Date();
  report.machine.loadAfter = os.loadavg();
  // bench/extract.ts writes its own section (it needs its own server run); a full run keeps it.
  const previous = existsSync(args.out) ? readFileSync(args.out, "utf8") : "";
  const extractSection = /\n## Extraction cost against text length[\s\S]*?(?=\n## (?!#)|$)/.exec(previous)?.[0] ?? "";
  writeFileSync(args.out, `${renderReport(report)}\n${extractSection}`);
  console.log(`Wrote ${args.out}.`);
  const failed =
    report.databases.some((r) => r.error) ||
    [report.firstLoad, report.lighthouse, report.bankGeneration].some((o) => "error" in o);
  return failed ? 1 : 0;
}

if (!isInnerRun()) process.exit(await superviseSelf(import.meta.url));

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(message(error));
} finally {
  await cleanupAll();
}
process.exit(code);

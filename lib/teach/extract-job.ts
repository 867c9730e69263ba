// Reading a pasted article off the request thread. Layout repair and fact
// extraction run in a child process with a time limit and a memory limit, one
// or two at a time; a short queue waits for them and anything beyond it is told
// to come back in a minute. However long or hostile the text, the server keeps
// answering other requests, and a job that fails or runs out of time leaves
// nothing behind: the caller writes to the database only after a good result.
//
// A child process rather than a worker thread: it needs no bundling of a worker
// file by the framework (it runs the TypeScript entry through tsx, which `npm
// start` already uses), and killing it frees everything it held.
import { spawn } from "node:child_process";
import path from "node:path";
import type { Article } from "../content/schema";
import { DomainError } from "../domain/errors";
import type { Entity, Fact } from "../facts/schema";
import { log } from "../log";
import { pasteJobOutputSchema, type PasteJob } from "./extract-job-schema";

export type ExtractLimits = {
  /** Wall-clock time one job may take, from the start of its process. */
  timeMs: number;
  /** The job's JavaScript heap. */
  memoryMb: number;
  /** Jobs that run at once. */
  concurrency: number;
  /** Jobs that may wait for a free slot; more are refused. */
  queue: number;
};

export const EXTRACT_LIMITS: ExtractLimits = { timeMs: 120_000, memoryMb: 512, concurrency: 1, queue: 4 };

export type PasteJobResult = { article: Article; facts: Fact[]; entities: Entity[] };

export const BUSY_MESSAGE =
  "The importer is busy with other articles. Nothing was saved; please try again in a minute.";

export function timeLimitMessage(limits: ExtractLimits): string {
  return `Reading this article took longer than the ${describeMs(limits.timeMs)} allowed, so it was stopped and nothing was saved. Try a shorter text, or split it into separate articles.`;
}

export const MEMORY_MESSAGE =
  "This article needed more memory than one import may use, so it was stopped and nothing was saved. Try a shorter text, or split it into separate articles.";
const FAILED_MESSAGE =
  "The article could not be read, and nothing was saved. Check that the text is the article itself, then try again.";

let running = 0;
const waiting: (() => void)[] = [];

async function slot(limits: ExtractLimits): Promise<() => void> {
  if (running >= limits.concurrency) {
    if (waiting.length >= limits.queue) throw new DomainError(BUSY_MESSAGE);
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else running++;
  // The slot passes straight to the next waiter, so `running` counts jobs holding one.
  return () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
}

/** Jobs running and waiting now (for tests and the health of the queue). */
export function extractQueue(): { running: number; waiting: number } {
  return { running, waiting: waiting.length };
}

/** Reads the pasted article and extracts its facts in a child process, within the limits. */
export async function runPasteJob(job: PasteJob, limits: ExtractLimits = EXTRACT_LIMITS): Promise<PasteJobResult> {
  const release = await slot(limits);
  try {
    return await runChild(job, limits);
  } finally {
    release();
  }
}

function runChild(job: PasteJob, limits: ExtractLimits): Promise<PasteJobResult> {
  const root = process.cwd();
  const entry = path.join(root, "lib", "teach", "extract-job-main.ts");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${limits.memoryMb}`, "--import", "tsx", entry], {
      cwd: root,
      stdio: ["pipe", "pipe", "pipe"],
      env: { ...process.env, NODE_OPTIONS: "" },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, limits.timeMs);
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => {
      // Keep the end of what it said: enough to log why it failed, never unbounded.
      err.push(chunk);
      if (err.length > 64) err.shift();
    });
    // A child that dies before reading its input closes the pipe; the exit handler reports it.
    child.stdin.on("error", () => undefined);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const stderr = Buffer.concat(err).toString("utf8");
      if (timedOut) return reject(new DomainError(timeLimitMessage(limits)));
      if (/heap out of memory|Allocation failed/i.test(stderr)) return reject(new DomainError(MEMORY_MESSAGE));
      if (code !== 0) {
        log.error({ code, signal, stderr: stderr.slice(-2000) }, "extract job failed");
        return reject(new DomainError(FAILED_MESSAGE));
      }
      let parsed;
      try {
        parsed = pasteJobOutputSchema.parse(JSON.parse(Buffer.concat(out).toString("utf8")));
      } catch (error) {
        log.error(
          { error: error instanceof Error ? error.message : String(error) },
          "extract job gave an unreadable result",
        );
        return reject(new DomainError(FAILED_MESSAGE));
      }
      if (!parsed.ok) return reject(new DomainError(parsed.message, parsed.fieldErrors));
      resolve({ article: parsed.article, facts: parsed.facts, entities: parsed.entities });
    });
    child.stdin.end(JSON.stringify(job));
  });
}

function describeMs(ms: number): string {
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000} minute${ms === 60_000 ? "" : "s"}`;
  if (ms >= 1000) return `${Math.round(ms / 1000)} seconds`;
  return `${ms} ms`;
}

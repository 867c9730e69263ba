// Child processes the bench starts: servers that run until stopped, and tools
// that run to completion with a time limit. Each runs in its own process group
// and is stopped by that group's id, never by name.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { assertRunning, onCleanup } from "./cleanup";

export const TSX = join("node_modules", ".bin", "tsx");
export const NEXT = join("node_modules", ".bin", "next");
/** Next's CLI as a script, for running it under node flags. */
export const NEXT_JS = join("node_modules", "next", "dist", "bin", "next");

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once("exit", (code) => resolve(code));
  });
}

/** SIGTERM to the whole group, SIGKILL after a grace period. */
async function stopGroup(child: ChildProcess, exited: Promise<number | null>, graceMs = 5000): Promise<void> {
  const pid = child.pid;
  if (pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // The group is already gone.
    }
  };
  signalGroup("SIGTERM");
  const timedOut = await Promise.race([
    exited.then(() => false),
    new Promise<boolean>((r) => setTimeout(() => r(true), graceMs).unref()),
  ]);
  if (timedOut) {
    signalGroup("SIGKILL");
    await exited;
  }
}

export type Server = {
  label: string;
  /** Resolves with the exit code if the process ends by itself. */
  exited: Promise<number | null>;
  /** The first line the process printed that matched `readyLine`, if one was asked for. */
  ready: Promise<string>;
  stop: () => Promise<void>;
};

/**
 * Starts a long-running process, its output going to `logFile`. `readyLine`, if
 * given, is a pattern its stdout prints once it is ready (e.g. "listening 1234").
 */
export function startServer(opts: {
  label: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  logFile: string;
  readyLine?: RegExp;
}): Server {
  assertRunning();
  mkdirSync(dirname(opts.logFile), { recursive: true });
  const log = createWriteStream(opts.logFile);
  const child = spawn(opts.command, opts.args, { env: opts.env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const exited = exitOf(child);
  let buffered = "";
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      log.write(chunk);
      if (!opts.readyLine) return;
      buffered += chunk.toString("utf8");
      const line = buffered.split("\n").find((l) => opts.readyLine?.test(l));
      if (line) resolve(line);
    });
    void exited.then((code) =>
      reject(new Error(`${opts.label} exited with code ${code} before it was ready (see ${opts.logFile})`)),
    );
    if (!opts.readyLine) resolve("");
  });
  ready.catch(() => undefined);
  child.stderr?.on("data", (chunk: Buffer) => log.write(chunk));
  child.on("error", (error) => log.write(`spawn error: ${error.message}\n`));
  const stop = onCleanup(opts.label, async () => {
    await stopGroup(child, exited);
    log.end();
  });
  return { label: opts.label, exited, ready, stop };
}

export type Completed = { code: number | null; stdout: string; stderr: string };

/** Runs a tool to completion, killing it (and failing) after `timeoutMs`. */
export async function runToCompletion(opts: {
  label: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  input?: string;
  /** Echo the tool's output as it comes. */
  echo?: boolean;
}): Promise<Completed> {
  assertRunning();
  const child = spawn(opts.command, opts.args, { env: opts.env, detached: true, stdio: ["pipe", "pipe", "pipe"] });
  const exited = exitOf(child);
  const stop = onCleanup(opts.label, () => stopGroup(child, exited, 2000));
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString("utf8");
    if (opts.echo) process.stdout.write(chunk);
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
    if (opts.echo) process.stderr.write(chunk);
  });
  child.stdin?.end(opts.input ?? "");
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void stop();
  }, opts.timeoutMs);
  const code = await exited;
  clearTimeout(timer);
  await stop();
  if (timedOut)
    throw new Error(`${opts.label} took longer than ${Math.round(opts.timeoutMs / 1000)} s and was stopped`);
  return { code, stdout, stderr };
}

/** Like runToCompletion, but a non-zero exit is an error carrying the tool's last output. */
export async function runOrThrow(opts: Parameters<typeof runToCompletion>[0]): Promise<Completed> {
  const result = await runToCompletion(opts);
  if (result.code !== 0) {
    const tail = `${result.stdout}\n${result.stderr}`.trim().split("\n").slice(-20).join("\n");
    throw new Error(`${opts.label} failed with exit code ${result.code}:\n${tail}`);
  }
  return result;
}

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port")),
      );
    });
  });
}

/** Polls a URL until it answers 200, the server exits, or the time is up. */
export async function waitForOk(url: string, server: Server, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void server.exited.then((code) => (exitCode = code));
  let last = "no answer";
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`${server.label} exited with code ${exitCode} before ${url} answered`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer 200 within ${Math.round(timeoutMs / 1000)} s (last: ${last})`);
}

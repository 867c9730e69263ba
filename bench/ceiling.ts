// Starting a ceiling server (bench/ceiling-server.ts) in its own process, and
// where the bench keeps its logs and the pages it copies.
import { join } from "node:path";
import { startServer, TSX, type Server } from "./processes";

export const LOG_DIR = join(".data", "bench-logs");

export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Resolves the ceiling's base URL once it listens; the caller stops the server. */
export async function startCeiling(label: string, args: string[]): Promise<{ server: Server; baseUrl: string }> {
  const server = startServer({
    label: `ceiling ${label}`,
    command: TSX,
    args: ["bench/ceiling-server.ts", ...args],
    env: { ...process.env, NODE_ENV: "production" },
    logFile: join(LOG_DIR, `ceiling-${label}.log`),
    readyLine: /^listening \d+/,
  });
  try {
    const line = await withTimeout(server.ready, 60_000, `ceiling ${label} start`);
    return { server, baseUrl: `http://127.0.0.1:${line.split(" ")[1]}` };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

// Why the submit benchmark's p99 on SQLite is seconds, with no app code at all:
// a bare node:http server whose every request does WORK_MS of synchronous work
// (as better-sqlite3's queries are) in a few microtask hops, loaded like (b):
// 50 connections, one run, then a second run that opens 50 new connections.
// While the event loop is saturated, the new connections' first requests reach
// the handler one loop turn apart (a turn is every connection's request), so a
// few wait for seconds while the rest take a turn's time. With an asynchronous
// driver (PostgreSQL) the loop has idle gaps and the burst clears quickly.
//   npx tsx bench/event-loop-burst.ts [--work-ms 5] [--seconds 8]
import { fork, type ChildProcess } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import autocannon, { type Result } from "autocannon";
import { z } from "zod";

const argsSchema = z.strictObject({
  workMs: z.coerce.number().min(0).max(100).default(5),
  seconds: z.coerce.number().int().min(1).max(120).default(8),
});

function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

function serve(workMs: number): void {
  const server = createServer(async (request, response) => {
    for await (const chunk of request) void chunk;
    // Like a request's few queries: synchronous work between awaits that never wait on I/O.
    for (let i = 0; i < 5; i++) {
      await Promise.resolve();
      busy(workMs / 5);
    }
    response.end("ok");
  });
  server.listen(0, "127.0.0.1", () => process.send?.((server.address() as AddressInfo).port));
}

async function load(url: string, seconds: number): Promise<string> {
  const result = await new Promise<Result>((resolve, reject) => {
    autocannon({ url, connections: 50, duration: seconds, method: "POST", body: "{}" }, (error, r) =>
      error ? reject(error) : resolve(r),
    );
  });
  return `${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { "work-ms": { type: "string" }, seconds: { type: "string" } },
    strict: true,
  });
  const args = argsSchema.parse({ workMs: values["work-ms"], seconds: values.seconds });
  const child: ChildProcess = fork(process.argv[1] ?? "", ["--serve", String(args.workMs)], {
    execArgv: process.execArgv,
  });
  try {
    const port = await new Promise<number>((resolve) => child.once("message", (m) => resolve(Number(m))));
    const url = `http://127.0.0.1:${port}`;
    console.log(`bare node:http, ${args.workMs} ms of synchronous work per request, 50 connections`);
    console.log(`first run (${Math.min(3, args.seconds)} s): ${await load(url, Math.min(3, args.seconds))}`);
    console.log(`second run, 50 new connections (${args.seconds} s): ${await load(url, args.seconds)}`);
  } finally {
    child.kill();
  }
}

const serveAt = process.argv.indexOf("--serve");
if (serveAt >= 0) serve(Number(process.argv[serveAt + 1]));
else await main();

// (a) and (c): a page as the app serves it to its signed-in user, then the same
// bytes from a bare node:http server, same path, same cookie, same connections.
// A page that does not answer 200 becomes a "not available" row, not a failure.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { LOG_DIR, startCeiling } from "./ceiling";
import { loadFloor, loadPage } from "./load";
import type { Benchmark, Measured } from "./report";
import { errorMessage, say, summary, type DatabaseKind } from "./say";

async function fetchPage(
  url: string,
  cookie: string,
): Promise<{ status: number; body: Buffer; contentType: string; location: string | null }> {
  const response = await fetch(url, { headers: { cookie }, redirect: "manual", signal: AbortSignal.timeout(60_000) });
  return {
    status: response.status,
    body: Buffer.from(await response.arrayBuffer()),
    contentType: response.headers.get("content-type") ?? "text/html; charset=utf-8",
    location: response.headers.get("location"),
  };
}

async function measure(kind: DatabaseKind, what: string, run: () => ReturnType<typeof loadPage>): Promise<Measured> {
  try {
    const stats = await run();
    say(kind, `${what}: ${summary(stats)}`);
    return { stats };
  } catch (error) {
    say(kind, `${what} failed: ${errorMessage(error)}`);
    return { unavailable: `failed: ${errorMessage(error)}` };
  }
}

export async function pageBenchmark(opts: {
  kind: DatabaseKind;
  label: string;
  baseUrl: string;
  path: string;
  cookie: string;
  connections: number;
  seconds: number;
}): Promise<Benchmark> {
  const { kind, label, path, cookie, connections, seconds } = opts;
  const page = await fetchPage(`${opts.baseUrl}${path}`, cookie);
  if (page.status !== 200) {
    const why = `not available: GET ${path} answered HTTP ${page.status}${page.location ? ` (to ${page.location})` : ""}`;
    say(kind, `${label}: ${why}`);
    return { app: { unavailable: why }, ceiling: { unavailable: "not run (no page to copy)" } };
  }
  const detail = `one response is ${(page.body.length / 1000).toFixed(1)} kB of HTML (uncompressed: autocannon sends no Accept-Encoding)`;
  const url = `${opts.baseUrl}${path}`;
  const app = await measure(kind, `${label} app`, () => loadPage({ url, cookie, connections, seconds }));
  // With several connections p50 includes queueing; one connection shows what a single request costs.
  const appSingle =
    connections > 1
      ? await measure(kind, `${label} app at 1 connection`, () => loadPage({ url, cookie, connections: 1, seconds }))
      : undefined;
  const floor = await measure(kind, `${label} framework floor`, () =>
    loadFloor({ baseUrl: opts.baseUrl, connections, seconds }),
  );
  let ceiling: Measured;
  try {
    const file = join(LOG_DIR, `${kind}-${label}.html`);
    writeFileSync(file, page.body);
    const { server, baseUrl } = await startCeiling(`${kind}-${label}`, ["static", file, page.contentType]);
    try {
      ceiling = await measure(kind, `${label} ceiling`, () =>
        loadPage({ url: `${baseUrl}${path}`, cookie, connections, seconds }),
      );
    } finally {
      await server.stop();
    }
  } catch (error) {
    ceiling = { unavailable: `failed: ${errorMessage(error)}` };
  }
  return { app, appSingle, floor, ceiling, detail };
}

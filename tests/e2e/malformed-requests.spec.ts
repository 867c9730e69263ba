// Any request, however malformed, gets an answer below 500 and writes nothing
// (issue 13). fast-check throws arbitrary methods, headers and bodies at every
// route of the build (its app-paths manifest, dynamic segments filled with junk)
// and at every server action id (its server-reference manifest), each posted to a
// page that uses it, over raw HTTP so that no client library tidies the request
// first. Run counts are fixed and small enough to finish well inside the time
// limit on a busy machine; a failure is reported as found (no shrinking).
import { readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import path from "node:path";
import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { expectNothingWritten } from "./support/row-counts";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const BUILD = `.next-e2e-${PORT}`;

function routes(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(BUILD, "server", "app-paths-manifest.json"), "utf8")) as Record<
    string,
    string
  >;
  return Object.keys(manifest)
    .filter((p) => !p.includes("/_"))
    .map((p) =>
      p
        .replace(/\/(page|route)$/, "")
        .replace(/\/\([^)]+\)/g, "")
        .replace(/^$/, "/"),
    )
    .map((p) => p || "/");
}

type ActionTarget = { id: string; name: string; page: string };

/** Every server action with a page that uses it (Next finds an action only on such a page), segments as junk. */
function actionTargets(): ActionTarget[] {
  const manifest = JSON.parse(readFileSync(path.join(BUILD, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers)[0] ?? "app/page";
    const page = worker
      .replace(/^app/, "")
      .replace(/\/page$/, "")
      .replace(/\/\([^)]+\)/g, "")
      .replace(/\[[^\]]+\]/g, "x0");
    return { id, name: entry.exportedName, page: page || "/" };
  });
}

type Sent = { method: string; path: string; headers: Record<string, string>; body: Buffer };

function send(r: Sent): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: "127.0.0.1",
        port: PORT,
        method: r.method,
        path: r.path,
        headers: { ...r.headers, "content-length": String(r.body.length) },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    // CONNECT is answered on the socket (lib/http/server.ts), not as a response: without this the promise never settles.
    req.on("connect", (res, socket) => {
      socket.destroy();
      resolve(res.statusCode ?? 0);
    });
    req.end(r.body);
  });
}

/** A header value node's HTTP client will send (visible ASCII and spaces). */
const headerValue = fc.string({ maxLength: 60 }).map((s) => s.replace(/[^\x20-\x7e]/g, "").trim());
const junkSegment = fc.oneof(
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.constantFrom(
    "..",
    "%",
    "%E0%A4%A",
    "%00",
    "é",
    "a".repeat(300),
    "<script>",
    "'; DROP TABLE User; --",
    "$undefined",
  ),
);
const method = fc.constantFrom(
  "GET",
  "HEAD",
  "POST",
  "PUT",
  "DELETE",
  "PATCH",
  "OPTIONS",
  "TRACE",
  "CONNECT",
  "PROPFIND",
  "FOO",
);
const contentType = fc.constantFrom(
  "application/json",
  "text/plain;charset=UTF-8",
  "multipart/form-data; boundary=x",
  "multipart/form-data",
  "application/x-www-form-urlencoded",
  "text/x-component",
  "application/octet-stream",
  "",
);
const body = fc.oneof(
  fc.string({ maxLength: 400 }).map((s) => Buffer.from(s)),
  fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b)),
  fc.jsonValue({ maxDepth: 4 }).map((v) => Buffer.from(JSON.stringify(v))),
  fc
    .constantFrom(
      '["$K1"]',
      '["$@0"]',
      '[{"then":"$1:__proto__:then"}]',
      '"$Q0"',
      '--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n[\r\n--x--',
      "[".repeat(5000),
    )
    .map((s) => Buffer.from(s)),
);
const extraHeaders = fc.dictionary(
  fc.constantFrom(
    "accept",
    "origin",
    "cookie",
    "rsc",
    "next-router-state-tree",
    "next-router-prefetch",
    "x-forwarded-for",
    "x-forwarded-host",
    "next-url",
    "range",
    "if-none-match",
    "x-middleware-subrequest",
  ),
  headerValue,
  { maxKeys: 4 },
);

function fill(route: string, segments: string[]): string {
  let i = 0;
  return route.replace(/\[[^\]]+\]/g, () => encodeURIComponent(segments[i++ % Math.max(1, segments.length)] ?? "x"));
}

test.describe.configure({ timeout: 600_000 });

test("arbitrary methods, headers and bodies at every route answer below 500 and write nothing", async () => {
  const all = routes();
  expect(all.length).toBeGreaterThan(20);
  await expectNothingWritten(async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...all),
        fc.array(junkSegment, { minLength: 1, maxLength: 3 }),
        method,
        contentType,
        extraHeaders,
        body,
        fc.string({ maxLength: 40 }),
        async (route, segments, m, type, headers, data, query) => {
          const target = `${fill(route, segments)}?${encodeURIComponent(query)}=${encodeURIComponent(query)}`;
          const status = await send({
            method: m,
            path: target,
            headers: { ...headers, ...(type ? { "content-type": type } : {}) },
            body: m === "GET" || m === "HEAD" ? Buffer.alloc(0) : data,
          });
          expect(status, `${m} ${target}`).toBeLessThan(500);
          expect(status).toBeGreaterThanOrEqual(200);
        },
      ),
      { numRuns: 150, endOnFailure: true },
    );
  });
});

// Actions that take no input: any body React can decode is a real call to them (a visitor starting to study makes a
// guest session), so they are left out of "writes nothing". Every other action is posted to its own page.
const NO_INPUT = new Set(["startStudyingAction", "signOutAction"]);

test("arbitrary bodies posted to every server action on its own page answer below 500 and write nothing", async () => {
  const targets = actionTargets().filter((t) => !NO_INPUT.has(t.name));
  expect(targets.length).toBeGreaterThan(10);
  // Rate-limit windows count tries (a report is counted before its question is looked up), so they may grow.
  await expectNothingWritten(async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...targets),
        contentType,
        extraHeaders,
        body,
        async (target, type, headers, data) => {
          const status = await send({
            method: "POST",
            path: target.page,
            headers: {
              ...headers,
              "next-action": target.id,
              origin: headers.origin ?? `http://localhost:${PORT}`,
              host: `localhost:${PORT}`,
              ...(type ? { "content-type": type } : {}),
            },
            body: data,
          });
          expect(status, `${target.name} on ${target.page}`).toBeLessThan(500);
        },
      ),
      { numRuns: 200, endOnFailure: true },
    );
  }, ["rateLimits"]);
});

test("the cases the issue names each get a 4xx", async () => {
  const id = actionTargets()[0]?.id ?? "";
  const action = (b: Buffer, extra: Record<string, string> = {}) =>
    send({
      method: "POST",
      path: "/sign-in",
      headers: {
        "next-action": id,
        "content-type": "text/plain;charset=UTF-8",
        origin: `http://localhost:${PORT}`,
        host: `localhost:${PORT}`,
        ...extra,
      },
      body: b,
    });
  expect(await send({ method: "TRACE", path: "/", headers: {}, body: Buffer.alloc(0) })).toBe(405);
  expect(await action(Buffer.alloc(1024 * 1024 + 10, "x"))).toBe(413);
  expect(await action(Buffer.from("[".repeat(100_000) + "]".repeat(100_000)))).toBe(400);
  expect(await action(Buffer.from("[]"), { origin: "http://evil.example" })).toBe(403);
  // Found by the properties above; each was a 500. A multipart POST to any page may be a form sent without
  // JavaScript, which Next parses: one that does not parse, or with an Origin that is no URL, is refused.
  const form = '--x\r\nContent-Disposition: form-data; name="title"\r\n\r\nA set\r\n--x--\r\n';
  const multipart = { "content-type": "multipart/form-data; boundary=x" };
  expect(await send({ method: "POST", path: "/sources", headers: multipart, body: Buffer.from("null") })).toBe(400);
  expect(
    await send({ method: "POST", path: "/sources", headers: { ...multipart, origin: "8m" }, body: Buffer.from(form) }),
  ).toBe(403);
  // Arguments React cannot decode: not JSON, not a list, a reference to a row never sent.
  expect(await action(Buffer.from([0xcb, 0x7c, 0xc8, 0x4f]))).toBe(400);
  expect(await action(Buffer.from('"x"'))).toBe(400);
  expect(await action(Buffer.from('[{"then":"$1:__proto__:then"}]'))).toBe(400);
  // CONNECT is answered on the socket.
  expect(await send({ method: "CONNECT", path: "localhost:1", headers: {}, body: Buffer.alloc(0) })).toBe(405);
  expect(
    await send({
      method: "GET",
      path: `/sign-in?next=${encodeURIComponent("/é")}`,
      headers: {},
      body: Buffer.alloc(0),
    }),
  ).toBe(200);
});

// First-load JavaScript per route, as Chromium transfers it: a cold load in a
// fresh browser context with the cache disabled, summing the encodedDataLength
// (bytes on the wire, compressed) of every script response from CDP's Network events.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { z } from "zod";
import { onCleanup, starting } from "./cleanup";
import { CHROMIUM, HOST_RESOLVER_RULE, splitCookie } from "./browser";

export type RouteWeight = {
  route: string;
  path: string;
  status: number;
  scripts: number;
  /** Script bytes as transferred (compressed), headers included: the sum of encodedDataLength. */
  transferredBytes: number;
  /** The same without response headers: compressed script bodies only. */
  bodyBytes: number;
  /** Of transferredBytes, the scripts every page loads (the build manifest's rootMainFiles: React, the router, the runtime). */
  frameworkBytes: number;
  /** The largest script on the wire, by file name. */
  largest: { file: string; bytes: number } | null;
  /** Content-Encoding values seen on the scripts: "gzip", "br" or "none". */
  encodings: string[];
  /** Scripts sent without compression, with their size on the wire. */
  uncompressed: { file: string; bytes: number }[];
};

/** The scripts every App Router page loads, by file name, from the build's manifest. */
export function frameworkScripts(distDir: string): Set<string> {
  const manifest = z
    .object({ rootMainFiles: z.array(z.string()) })
    .parse(JSON.parse(readFileSync(join(distDir, "build-manifest.json"), "utf8")));
  return new Set(manifest.rootMainFiles.map((f) => f.split("/").pop() ?? f));
}

export async function measureFirstLoadJs(opts: {
  baseUrl: string;
  cookie: string;
  routes: { route: string; path: string }[];
  framework: Set<string>;
}): Promise<RouteWeight[]> {
  // Playwright's own signal handlers would exit the process before the bench stops its servers; the cleanup closes the browser.
  const browser = await starting(() =>
    chromium.launch({
      executablePath: CHROMIUM,
      args: [HOST_RESOLVER_RULE],
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    }),
  );
  const close = onCleanup("Chromium (first-load JS)", () => browser.close());
  try {
    const weights: RouteWeight[] = [];
    const { name, value } = splitCookie(opts.cookie);
    for (const { route, path } of opts.routes) {
      const context = await browser.newContext();
      try {
        await context.addCookies([{ name, value, url: opts.baseUrl }]);
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        const scripts = new Map<string, { encoding: string; file: string; headerBytes: number }>();
        let bytes = 0;
        let bodyBytes = 0;
        let frameworkBytes = 0;
        let count = 0;
        let largest: RouteWeight["largest"] = null;
        const uncompressed: RouteWeight["uncompressed"] = [];
        cdp.on("Network.responseReceived", (event) => {
          if (event.type !== "Script") return;
          const encoding = Object.entries(event.response.headers).find(
            ([header]) => header.toLowerCase() === "content-encoding",
          )?.[1];
          // At this point the bytes received are the status line and headers.
          const file = new URL(event.response.url).pathname.split("/").pop() ?? event.response.url;
          scripts.set(event.requestId, {
            encoding: encoding ?? "none",
            file,
            headerBytes: event.response.encodedDataLength,
          });
        });
        cdp.on("Network.loadingFinished", (event) => {
          const script = scripts.get(event.requestId);
          if (!script) return;
          bytes += event.encodedDataLength;
          bodyBytes += Math.max(0, event.encodedDataLength - script.headerBytes);
          if (opts.framework.has(script.file)) frameworkBytes += event.encodedDataLength;
          count++;
          if (!largest || event.encodedDataLength > largest.bytes)
            largest = { file: script.file, bytes: event.encodedDataLength };
          if (script.encoding === "none") uncompressed.push({ file: script.file, bytes: event.encodedDataLength });
        });
        await cdp.send("Network.enable");
        await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
        const response = await page.goto(`${opts.baseUrl}${path}`, { waitUntil: "networkidle", timeout: 60_000 });
        weights.push({
          route,
          path,
          status: response?.status() ?? 0,
          scripts: count,
          transferredBytes: bytes,
          bodyBytes,
          frameworkBytes,
          largest,
          encodings: [...new Set([...scripts.values()].map((v) => v.encoding))].sort(),
          uncompressed,
        });
      } finally {
        await context.close();
      }
    }
    return weights;
  } finally {
    await close();
  }
}

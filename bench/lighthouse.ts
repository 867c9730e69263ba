// Lighthouse 12 through its Node API, on Debian's Chromium started by
// chrome-launcher. Desktop preset (lighthouse's desktop-config: no mobile
// emulation, desktop throttling), performance and accessibility only.
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";
import { onCleanup, starting } from "./cleanup";
import { CHROMIUM, HOST_RESOLVER_RULE } from "./browser";

export const LIGHTHOUSE_PRESET = "desktop (lighthouse/core/config/desktop-config)";

export type LighthouseScore = {
  page: string;
  path: string;
  performance: number | null;
  accessibility: number | null;
  /** First Contentful Paint, Largest Contentful Paint, Total Blocking Time (ms) and Cumulative Layout Shift. */
  fcp: number | null;
  lcp: number | null;
  tbt: number | null;
  cls: number | null;
  /** Accessibility audits that failed, by id. */
  failedAccessibility: string[];
  error?: string;
};

const score = (value: number | null | undefined) => (typeof value === "number" ? Math.round(value * 100) : null);

export async function runLighthouse(opts: {
  baseUrl: string;
  cookie: string;
  pages: { page: string; path: string }[];
}): Promise<LighthouseScore[]> {
  // handleSIGINT off: chrome-launcher's own handler would exit the process before the bench stops its servers.
  const chrome = await starting(() =>
    chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: ["--headless=new", "--no-sandbox", HOST_RESOLVER_RULE],
      handleSIGINT: false,
    }),
  );
  const kill = onCleanup("Chromium (Lighthouse)", () => chrome.kill());
  try {
    const scores: LighthouseScore[] = [];
    for (const { page, path } of opts.pages) {
      const result = await lighthouse(
        `${opts.baseUrl}${path}`,
        {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility"],
          extraHeaders: { cookie: opts.cookie },
        },
        desktopConfig,
      );
      const lhr = result?.lhr;
      if (!lhr) {
        scores.push({
          page,
          path,
          performance: null,
          accessibility: null,
          fcp: null,
          lcp: null,
          tbt: null,
          cls: null,
          failedAccessibility: [],
          error: "no report",
        });
        continue;
      }
      const numeric = (id: string) => lhr.audits[id]?.numericValue ?? null;
      const a11yRefs = lhr.categories.accessibility?.auditRefs ?? [];
      scores.push({
        page,
        path,
        performance: score(lhr.categories.performance?.score),
        accessibility: score(lhr.categories.accessibility?.score),
        fcp: numeric("first-contentful-paint"),
        lcp: numeric("largest-contentful-paint"),
        tbt: numeric("total-blocking-time"),
        cls: numeric("cumulative-layout-shift"),
        failedAccessibility: a11yRefs
          .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score === 0)
          .map((ref) => ref.id),
        error: lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : undefined,
      });
    }
    return scores;
  } finally {
    await kill();
  }
}

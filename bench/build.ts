// One production build for the whole run, into .next-bench. `next build`
// rewrites tsconfig.json and next-env.d.ts to point at its dist folder; the
// bench puts both back as they were, so a run leaves the project untouched.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { onCleanup } from "./cleanup";
import { NEXT, runOrThrow } from "./processes";

export const DIST_DIR = ".next-bench";
const ROUTES_FILE = join(DIST_DIR, "bench-routes.txt");
const TOUCHED_BY_BUILD = ["tsconfig.json", "next-env.d.ts"];

/** The route table `next build` prints, from "Route (app)" to its legend. */
export function routeTable(output: string): string {
  const lines = output.split("\n");
  const start = lines.findIndex((l) => l.startsWith("Route (app)"));
  if (start === -1) return "(the build printed no route table)";
  const end = lines.findIndex((l, i) => i > start && l.startsWith("ƒ  (Dynamic)"));
  return lines
    .slice(start, end === -1 ? undefined : end + 1)
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export async function buildApp(opts: {
  skipBuild: boolean;
  env: NodeJS.ProcessEnv;
}): Promise<{ routes: string; seconds: number; skipped: boolean }> {
  if (opts.skipBuild && existsSync(join(DIST_DIR, "BUILD_ID"))) {
    const routes = existsSync(ROUTES_FILE)
      ? readFileSync(ROUTES_FILE, "utf8")
      : "(build skipped: no route table saved)";
    return { routes, seconds: 0, skipped: true };
  }
  const saved = TOUCHED_BY_BUILD.map((file) => ({
    file,
    text: existsSync(file) ? readFileSync(file, "utf8") : undefined,
  }));
  const restore = onCleanup("restore tsconfig.json and next-env.d.ts", () => {
    for (const { file, text } of saved) {
      if (text !== undefined && readFileSync(file, "utf8") !== text) writeFileSync(file, text);
    }
  });
  const started = performance.now();
  try {
    const result = await runOrThrow({
      label: "next build",
      command: NEXT,
      args: ["build"],
      env: { ...opts.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
      timeoutMs: 15 * 60_000,
    });
    const routes = routeTable(result.stdout);
    writeFileSync(ROUTES_FILE, routes);
    return { routes, seconds: (performance.now() - started) / 1000, skipped: false };
  } finally {
    await restore();
  }
}

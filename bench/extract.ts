// npx tsx bench/extract.ts [--lengths 1000,2000,...] [--server]: extraction time and
// peak memory against text length (realistic and adversarial texts, each run in a
// fresh process), and with --server the health check's latency while a
// 100,000-character article is imported through the real server (`npm start` on
// loopback, driven by tests/e2e/long-paste.spec.ts). Prints a Markdown section
// for bench/RESULTS.md.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { z } from "zod";
import type { TextShape } from "./extract-text";

const { values } = parseArgs({
  options: { lengths: { type: "string" }, server: { type: "boolean" }, port: { type: "string" } },
  strict: true,
});
const lengths = (values.lengths ?? "1000,2000,5000,10000,20000,50000,100000").split(",").map(Number);
const SHAPES: TextShape[] = ["realistic", "repeated-dates", "endless-sentence"];

const rowSchema = z.object({
  shape: z.string(),
  chars: z.number(),
  passages: z.number(),
  facts: z.number(),
  ms: z.number(),
  baseRssMb: z.number(),
  peakRssMb: z.number(),
});
type Row = z.infer<typeof rowSchema>;

function measure(shape: TextShape, length: number): Row {
  const run = spawnSync(process.execPath, ["--import", "tsx", "bench/extract-one.ts", shape, String(length)], {
    encoding: "utf8",
    timeout: 20 * 60_000,
  });
  if (run.status !== 0) throw new Error(`${shape} ${length}: ${run.stderr.slice(-500)}`);
  return rowSchema.parse(JSON.parse(run.stdout.trim().split("\n").pop() ?? ""));
}

const rows: Row[] = [];
for (const shape of SHAPES) {
  for (const length of lengths) {
    const row = measure(shape, length);
    rows.push(row);
    console.error(
      `${shape} ${row.chars} chars: ${row.ms.toFixed(0)} ms, ${row.facts} facts, peak RSS ${row.peakRssMb.toFixed(0)} MB`,
    );
  }
}

const out: string[] = [];
out.push("## Extraction cost against text length (bench/extract.ts)", "");
out.push(
  `Run ${new Date().toISOString().slice(0, 16)}Z on ${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}, Node ${process.version}, load average ${os.loadavg()[0]?.toFixed(1)} at the end (the machine was shared: times are inflated, ratios are what counts).`,
);
out.push(
  "Each row is one fresh process: the lexicons are loaded first, then one `extractFacts` on the text is timed; peak memory is the process's maximum resident set (base: after loading). Texts come from `bench/extract-text.ts`: *realistic* wire paragraphs whose cast keeps growing, *repeated-dates* the same dated sentence over and over, *endless-sentence* dates with no full stop (the shape that took 202 s for 40,000 characters before).",
  "",
);
out.push(
  "| text | characters | facts | time (ms) | ms per 1,000 chars | peak RSS (MB) | RSS over base (MB) |",
  "|---|--:|--:|--:|--:|--:|--:|",
);
for (const r of rows) {
  out.push(
    `| ${r.shape} | ${r.chars.toLocaleString("en")} | ${r.facts} | ${r.ms.toFixed(0)} | ${((r.ms / r.chars) * 1000).toFixed(1)} | ${r.peakRssMb.toFixed(0)} | ${(r.peakRssMb - r.baseRssMb).toFixed(0)} |`,
  );
}
for (const shape of SHAPES) {
  const of = rows.filter((r) => r.shape === shape);
  const small = of.find((r) => r.chars >= 9_000) ?? of[0];
  const large = of[of.length - 1];
  if (small && large && large !== small) {
    out.push(
      "",
      `${shape}: ${(large.chars / small.chars).toFixed(1)}× the characters took ${(large.ms / small.ms).toFixed(1)}× the time (${small.chars.toLocaleString("en")} → ${large.chars.toLocaleString("en")}).`,
    );
  }
}

if (values.server) {
  const port = values.port ?? "3206";
  const file = `.data/long-paste-health-${port}.json`;
  rmSync(file, { force: true });
  console.error(
    `serving on ${port} (npm start: prepare, build, next start) and importing a 100,000-character article...`,
  );
  const run = spawnSync("npx", ["playwright", "test", "tests/e2e/long-paste.spec.ts"], {
    encoding: "utf8",
    env: { ...process.env, E2E_PORT: port, LONG_PASTE_HEALTH_OUT: file },
    timeout: 40 * 60_000,
  });
  if (!existsSync(file))
    throw new Error(`the e2e run wrote no latencies:\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`);
  const health = z
    .object({ outcome: z.string(), importMs: z.number(), idle: z.array(z.number()), during: z.array(z.number()) })
    .parse(JSON.parse(readFileSync(file, "utf8")));
  const stats = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
    return `${s.length} | ${at(0.5).toFixed(0)} | ${at(0.99).toFixed(0)} | ${(s[s.length - 1] ?? NaN).toFixed(0)}`;
  };
  out.push("", "### The health check while a 100,000-character article is imported", "");
  out.push(
    `The real server (\`npm start\` on 127.0.0.1:${port}, SQLite), a teacher pasting a 100,000-character article (*repeated-dates*) in Chromium, \`GET /api/health\` sent one after another the whole time. Outcome: ${health.outcome}, after ${(health.importMs / 1000).toFixed(1)} s.`,
    "",
  );
  out.push("| health check | requests | p50 (ms) | p99 (ms) | max (ms) |", "|---|--:|--:|--:|--:|");
  out.push(`| idle, same run | ${stats(health.idle)} |`);
  out.push(`| during the import | ${stats(health.during)} |`);
}
console.log(out.join("\n"));

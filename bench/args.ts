// The bench's command line, parsed once with zod. Every run is bounded: a fixed
// duration per measurement and a fixed number of connections.
import { parseArgs } from "node:util";
import { z } from "zod";

const count = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const benchArgsSchema = z.strictObject({
  /** Seconds per load measurement (each app run and each ceiling run). */
  duration: count(1, 600).default(10),
  /** Which databases to run against. */
  db: z.enum(["both", "sqlite", "postgres"]).default("both"),
  /** Connections for (a), the quiz page: a class opening its quizzes. */
  quizConnections: count(1, 500).default(10),
  /** Connections for (b), submitting answers (the target is stated at 50). */
  submitConnections: count(1, 500).default(50),
  /** Connections for (c), the results page: one teacher at a time is the usual case. */
  resultsConnections: count(1, 500).default(1),
  /** Reuse .next-bench from an earlier run instead of building (for trying the harness). */
  skipBuild: z.boolean().default(false),
  lighthouse: z.boolean().default(true),
  /** Run bench/bank-generation.ts and fold its table in (about a minute). */
  bank: z.boolean().default(true),
  /** Write V8 CPU profiles of the app server (one per database) into this folder, to find where its time goes. */
  profile: z.string().min(1).optional(),
  /** Where the report goes. */
  out: z.string().min(1).default("bench/RESULTS.md"),
});
export type BenchArgs = z.infer<typeof benchArgsSchema>;

export const USAGE = `Usage: npm run bench -- [--duration 10] [--db both|sqlite|postgres]
  [--quiz-connections 10] [--submit-connections 50] [--results-connections 1]
  [--skip-build] [--no-lighthouse] [--no-bank] [--profile DIR] [--out bench/RESULTS.md]`;

export function parseBenchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      duration: { type: "string" },
      db: { type: "string" },
      "quiz-connections": { type: "string" },
      "submit-connections": { type: "string" },
      "results-connections": { type: "string" },
      "skip-build": { type: "boolean" },
      "no-lighthouse": { type: "boolean" },
      "no-bank": { type: "boolean" },
      profile: { type: "string" },
      out: { type: "string" },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const parsed = benchArgsSchema.safeParse({
    duration: values.duration,
    db: values.db,
    quizConnections: values["quiz-connections"],
    submitConnections: values["submit-connections"],
    resultsConnections: values["results-connections"],
    skipBuild: values["skip-build"],
    lighthouse: values["no-lighthouse"] ? false : undefined,
    bank: values["no-bank"] ? false : undefined,
    profile: values.profile,
    out: values.out,
  });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  --${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid arguments:\n${lines.join("\n")}\n${USAGE}`);
  }
  return parsed.data;
}

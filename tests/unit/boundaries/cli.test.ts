// The command lines' boundary: every script in lib/cli parses its arguments with
// zod (after node:util's parseArgs). Bad arguments print the usage and fail before
// anything is read or written; good ones get past the parser.
//
// The scripts run in this process (their top level is the program), with argv,
// console and process.exit stubbed. Arguments that would do real work are never
// generated for scripts that write: only the read-only ones get valid arguments,
// pointed at a content folder that does not exist.
import path from "node:path";
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { readRootArg } from "@/lib/cli/corpus-cli";

class ExitCalled extends Error {
  constructor(readonly code: number | string | null | undefined) {
    super(`process.exit(${String(code)})`);
  }
}

type Run = { exitCode: number | undefined; exit: number | undefined; stderr: string; stdout: string; thrown: unknown };

const MISSING_ROOT = path.join("/nonexistent", "sourced-boundary-test");

async function runCli(script: string, argv: readonly string[]): Promise<Run> {
  const saved = {
    argv: process.argv,
    exitCode: process.exitCode,
    stdoutErrorListeners: process.stdout.listeners("error"),
  };
  const stderr: string[] = [];
  const stdout: string[] = [];
  process.argv = [process.argv[0] ?? "node", path.resolve("lib/cli", script), ...argv];
  process.exitCode = undefined;
  vi.spyOn(console, "error").mockImplementation((...parts: unknown[]) => void stderr.push(parts.map(String).join(" ")));
  vi.spyOn(console, "log").mockImplementation((...parts: unknown[]) => void stdout.push(parts.map(String).join(" ")));
  vi.spyOn(process.stdout, "write").mockImplementation(
    (chunk: string | Uint8Array) => (stdout.push(String(chunk)), true),
  );
  vi.spyOn(process, "exit").mockImplementation((code?: number | string | null) => {
    throw new ExitCalled(code);
  });
  vi.resetModules();
  let thrown: unknown;
  let exit: number | undefined;
  let exitCode: number | undefined;
  try {
    await import(/* @vite-ignore */ path.resolve("lib/cli", script));
  } catch (error) {
    if (error instanceof ExitCalled) exit = Number(error.code ?? 0);
    else thrown = error;
  } finally {
    vi.restoreAllMocks();
    exitCode = process.exitCode === undefined || process.exitCode === null ? undefined : Number(process.exitCode);
    process.argv = saved.argv;
    process.exitCode = saved.exitCode;
    // bank-export listens for EPIPE on stdout each time it runs.
    for (const listener of process.stdout.listeners("error")) {
      if (!saved.stdoutErrorListeners.includes(listener))
        process.stdout.off("error", listener as (...args: unknown[]) => void);
    }
  }
  return { exitCode, exit, stderr: stderr.join("\n"), stdout: stdout.join(""), thrown };
}

afterEach(() => {
  vi.restoreAllMocks();
});

/** A token node's parseArgs refuses in strict mode: an option no script knows, or a stray positional. */
const unknownOption = fc.stringMatching(/^[a-z][a-z-]{0,12}$/).map((name) => `--no-such-${name}`);
const anyToken = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom("--", "-", "-x", "--root", "--format", "=", "--root=", "\u0000"),
);

/** Arguments with at least one token parseArgs refuses, wherever it sits. */
const argvWithUnknownOption = fc
  .tuple(fc.array(anyToken, { maxLength: 4 }), unknownOption, fc.array(anyToken, { maxLength: 4 }))
  .map(([before, bad, after]) => [...before, bad, ...after]);

/** The script refused its arguments: the usage (or zod's message) on stderr, a failing exit, nothing on stdout. */
function expectRefusedArgs(run: Run, usage: RegExp): void {
  if (run.thrown !== undefined) expect.fail(`threw ${String(run.thrown)}`);
  expect(run.exitCode ?? run.exit).toBeGreaterThan(0);
  expect(run.stderr).toMatch(usage);
  expect(run.stdout).toBe("");
}

const RUNS = { numRuns: 12 } as const;

describe("the shared --root argument", () => {
  it("gives the folder for --root <dir>, the default for nothing, and undefined with the usage for anything else", () => {
    const printed: string[] = [];
    vi.spyOn(console, "error").mockImplementation(
      (...parts: unknown[]) => void printed.push(parts.map(String).join(" ")),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(anyToken, { maxLength: 5 }),
          argvWithUnknownOption,
          fc.string({ minLength: 1 }).map((dir) => ["--root", dir]),
        ),
        (argv) => {
          printed.length = 0;
          let result: ReturnType<typeof readRootArg>;
          try {
            result = readRootArg(argv, "usage: test");
          } catch (error) {
            expect.fail(`readRootArg threw ${String(error)} for ${JSON.stringify(argv)}`);
          }
          if (result === undefined) {
            expect(printed.join("\n")).toMatch(/usage: test$/);
          } else {
            expect(printed).toEqual([]);
            expect(result.root.length).toBeGreaterThan(0);
            const given = argv.findLastIndex((a) => a === "--root" || a.startsWith("--root="));
            if (given < 0) expect(result.root).toBe("content");
          }
        },
      ),
    );
    vi.restoreAllMocks();
  });
});

// Each run loads the script and its imports afresh: slower than a unit test usually is.
describe("read-only scripts", { timeout: 60_000 }, () => {
  const scripts = [
    { script: "content-check.ts", usage: /usage: npm run content:check/ },
    { script: "bank-report.ts", usage: /usage: npm run bank:report/ },
    { script: "content-eval.ts", usage: /usage: npm run content:eval/ },
    { script: "bank-export.ts", usage: /usage: npm run -s bank:export/ },
  ];

  for (const { script, usage } of scripts) {
    it(`${script} refuses unknown options and junk with its usage`, async () => {
      await fc.assert(
        fc.asyncProperty(argvWithUnknownOption, async (argv) => expectRefusedArgs(await runCli(script, argv), usage)),
        RUNS,
      );
      expectRefusedArgs(await runCli(script, ["--root", ""]), usage);
      expectRefusedArgs(await runCli(script, ["--root"]), usage);
    });
  }

  it("content-check, bank-report and content-eval take --root and get as far as reading it", async () => {
    for (const script of ["content-check.ts", "bank-report.ts", "content-eval.ts"]) {
      const run = await runCli(script, ["--root", MISSING_ROOT]);
      expect(run.thrown).toBeUndefined();
      expect(run.stderr).not.toMatch(/usage:/);
      expect(run.stderr).toContain("cannot read the folder");
      expect(run.exitCode).toBe(1);
    }
  });

  it("bank-export takes any valid format, topic and root, and refuses bad values with its usage", async () => {
    const valid = fc.oneof(
      fc.record(
        {
          format: fc.constantFrom("json", "gift", "anki-tsv"),
          topic: fc.constantFrom("backing", "summit", "sochi-deal", "figure", "people", "event"),
        },
        { requiredKeys: [] },
      ),
      fc.record({ format: fc.constant("qti"), out: fc.constant(path.join(MISSING_ROOT, "out")) }),
    );
    await fc.assert(
      fc.asyncProperty(valid, async (options) => {
        const argv = [...Object.entries(options).flatMap(([k, v]) => [`--${k}`, v]), "--root", MISSING_ROOT];
        const run = await runCli("bank-export.ts", argv);
        expect(run.thrown).toBeUndefined();
        expect(run.stderr).not.toMatch(/usage:/);
        expect(run.stderr).toContain("cannot read the folder");
      }),
      RUNS,
    );
    const invalid = fc.oneof(
      fc
        .string()
        .filter((f) => !["json", "gift", "anki-tsv", "qti"].includes(f))
        .map((f) => ["--format", f]),
      fc
        .string()
        .filter((t) => !["backing", "summit", "sochi-deal", "figure", "people", "event"].includes(t))
        .map((t) => ["--topic", t]),
      fc.constant(["--format", "qti"]),
      fc.constant(["--out", "x"]),
    );
    await fc.assert(
      fc.asyncProperty(invalid, async (argv) =>
        expectRefusedArgs(
          await runCli("bank-export.ts", [...argv, "--root", MISSING_ROOT]),
          /usage: npm run -s bank:export/,
        ),
      ),
      RUNS,
    );
  });
});

describe("content-import", { timeout: 60_000 }, () => {
  const usage = /usage: npm run content:import[\s\S]*Nothing was written\./;

  it("refuses unknown options, two files, a bad date or slug, with its usage and nothing written", async () => {
    const invalid = fc.oneof(
      argvWithUnknownOption.map((argv) => ["article.txt", "--date", "2018-09-17", ...argv]),
      fc
        .tuple(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }))
        .map(([a, b]) => [a, b, "--date", "2018-09-17"]),
      fc
        .oneof(
          fc.constantFrom("2018-02-30", "17/09/2018", "", "2018-9-17"),
          fc.string().filter((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d)),
        )
        .map((date) => ["article.txt", "--date", date]),
      fc
        .string()
        .filter((s) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s))
        .map((slug) => ["article.txt", "--date", "2018-09-17", "--slug", slug]),
      fc.constant(["--date", "2018-09-17"]),
    );
    await fc.assert(
      fc.asyncProperty(invalid, async (argv) => {
        const run = await runCli("content-import.ts", ["--root", MISSING_ROOT, ...argv]);
        expectRefusedArgs(run, usage);
      }),
      RUNS,
    );
  });

  it("takes well-formed arguments and gets as far as looking for the file", async () => {
    const file = path.join(MISSING_ROOT, "article.txt");
    const run = await runCli("content-import.ts", [
      file,
      "--title",
      "A title",
      "--outlet",
      "Wire",
      "--date",
      "2018-09-17",
      "--slug",
      "a-slug",
      "--root",
      MISSING_ROOT,
    ]);
    expect(run.thrown).toBeUndefined();
    expect(run.stderr).toContain(`${file}: no such file`);
    expect(run.stderr).toContain("Nothing was written.");
  });
});

describe("scripts that write: only refused arguments are tried", { timeout: 60_000 }, () => {
  it("content-sync takes at most one folder; more, or an empty one, is refused with its usage", async () => {
    const invalid = fc.oneof(fc.array(fc.string(), { minLength: 2, maxLength: 5 }), fc.constant([""]));
    await fc.assert(
      fc.asyncProperty(invalid, async (argv) => {
        const run = await runCli("content-sync.ts", argv);
        expect(run.thrown).toBeUndefined();
        expect(run.exit).toBe(2);
        expect(run.stderr).toContain("Usage: npm run content:sync");
      }),
      RUNS,
    );
  });

  it("start takes nothing or -p/--port with a number; anything else is refused with its usage", async () => {
    const invalid = fc.oneof(
      fc.array(fc.string(), { minLength: 1, maxLength: 1 }),
      fc.array(fc.string(), { minLength: 3, maxLength: 5 }),
      fc
        .tuple(
          fc.constantFrom("-p", "--port"),
          fc.string().filter((p) => !/^\d{1,5}$/.test(p)),
        )
        .map((a) => [...a]),
      fc
        .tuple(
          fc.string().filter((f) => f !== "-p" && f !== "--port"),
          fc.stringMatching(/^\d{1,5}$/),
        )
        .map((a) => [...a]),
    );
    await fc.assert(
      fc.asyncProperty(invalid, async (argv) => {
        const run = await runCli("start.ts", argv);
        expect(run.thrown).toBeUndefined();
        expect(run.exit).toBe(2);
        expect(run.stderr).toContain("Usage: npm start [-- -p PORT]");
      }),
      RUNS,
    );
  });

  it("derive-postgres-schema takes only --check; anything else stops with a ZodError before writing", async () => {
    const invalid = fc.oneof(
      fc.array(
        fc.string().filter((a) => a !== "--check"),
        { minLength: 1, maxLength: 3 },
      ),
      fc.constant(["--check", "--check"]),
    );
    await fc.assert(
      fc.asyncProperty(invalid, async (argv) => {
        const run = await runCli("derive-postgres-schema.ts", argv);
        expect(run.thrown).toBeInstanceOf(z.ZodError);
        expect(run.stdout).toBe("");
      }),
      RUNS,
    );
  });

  it("user:role takes EMAIL and a role; anything else exits 2 with its usage before the database is opened", async () => {
    const invalid = fc.oneof(
      fc.array(fc.string(), { maxLength: 1 }),
      fc.array(fc.string(), { minLength: 3, maxLength: 4 }),
      fc
        .tuple(
          fc.string().filter((s) => !s.includes("@")),
          fc.constantFrom("maintainer", "teacher", "learner"),
        )
        .map((a) => [...a]),
      fc
        .tuple(
          fc.constant("someone@example.com"),
          fc.string().filter((r) => !["maintainer", "teacher", "learner"].includes(r.trim().toLowerCase())),
        )
        .map((a) => [...a]),
    );
    await fc.assert(
      fc.asyncProperty(invalid, async (argv) => {
        const run = await runCli("user-role.ts", argv);
        expect(run.thrown).toBeUndefined();
        expect(run.exitCode).toBe(2);
        expect(run.stderr).toContain("usage: npm run user:role -- EMAIL maintainer|teacher|learner");
        expect(run.stdout).toBe("");
      }),
      RUNS,
    );
  });

  it("import-seeds refuses unknown options and stray arguments before reading a seed", async () => {
    await fc.assert(
      fc.asyncProperty(argvWithUnknownOption, async (argv) => {
        const run = await runCli("import-seeds.ts", argv);
        // node:util's parseArgs says which option it does not know.
        expect(run.thrown).toBeInstanceOf(TypeError);
        expect((run.thrown as NodeJS.ErrnoException).code).toMatch(/^ERR_PARSE_ARGS_/);
        expect(run.stdout).toBe("");
      }),
      RUNS,
    );
    const empty = await runCli("import-seeds.ts", ["--seeds", "", "--check"]);
    expect(empty.thrown).toBeInstanceOf(z.ZodError);
  });
});

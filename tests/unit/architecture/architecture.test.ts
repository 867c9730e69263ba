// The code's one direction, checked by the machine: content → facts → questions → use cases → db → pages.
// A short import scan (no dependency-cruiser needed): every relative or "@/" import in lib/ is resolved to
// the lib/ folder it lands in, and each folder may import only the folders listed for it below.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../../..");
const LIB = join(ROOT, "lib");

/**
 * Who may import whom. Pure domain folders come first; each lists only folders earlier in the flow.
 * `domain` holds the shared error classes every layer may throw.
 */
const ALLOWED: Record<string, readonly string[]> = {
  domain: [],
  log: [],
  env: [],
  content: ["domain"],
  facts: ["domain", "content"],
  questions: ["domain", "content", "facts"],
  srs: ["domain", "content", "facts", "questions"],
  aids: ["domain", "content", "facts", "questions"],
  progress: ["domain", "content", "facts", "questions", "srs"],
  // The teacher's rules, and the article-import job that runs extraction in a child process (it logs).
  teach: ["domain", "content", "facts", "questions", "srs", "progress", "log"],
  quiz: ["domain", "content", "facts", "questions", "srs", "aids", "progress", "teach", "db", "log"],
  db: ["domain", "content", "facts", "questions", "srs", "aids", "progress", "teach", "env", "log"],
  auth: ["domain", "db", "env", "http", "log"],
  http: ["domain", "env", "log"],
  actions: [
    "domain",
    "content",
    "facts",
    "questions",
    "srs",
    "aids",
    "progress",
    "teach",
    "quiz",
    "db",
    "auth",
    "http",
    "log",
    "env",
  ],
  cli: [
    "domain",
    "content",
    "facts",
    "questions",
    "srs",
    "aids",
    "progress",
    "teach",
    "quiz",
    "db",
    "auth",
    "env",
    "log",
  ],
};

/** Folders that must stay pure: no framework, no database, no clock, no randomness. */
const PURE = ["domain", "content", "facts", "questions", "srs", "aids", "progress", "teach"];
const IMPURE_PATTERNS: { what: string; pattern: RegExp }[] = [
  { what: "imports next/*", pattern: /from\s+["']next(\/[^"']*)?["']/ },
  { what: "imports the Prisma client", pattern: /from\s+["'][^"']*(generated|@prisma\/client)[^"']*["']/ },
  { what: "calls Date.now()", pattern: /\bDate\.now\(\)/ },
  { what: "calls Math.random()", pattern: /\bMath\.random\(\)/ },
  { what: "makes a date from the clock (new Date())", pattern: /\bnew Date\(\)/ },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "generated" ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** The lib/ folder a file belongs to ("lib/log.ts" counts as the folder "log"). */
function folderOf(path: string): string | undefined {
  const rel = relative(LIB, path);
  if (rel.startsWith("..")) return undefined;
  return rel.split(sep)[0]?.replace(/\.tsx?$/, "");
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specs = [
    ...text.matchAll(/(?:import|export)\s[^"']*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g),
  ];
  return specs.flatMap((m) => {
    const spec = m[1] ?? m[2];
    if (!spec) return [];
    if (spec.startsWith("@/")) return [join(ROOT, spec.slice(2))];
    if (spec.startsWith(".")) return [resolve(dirname(file), spec)];
    return [];
  });
}

const files = sourceFiles(LIB);

describe("architecture", () => {
  it("knows every folder under lib/", () => {
    const folders = new Set(files.map((f) => folderOf(f)).filter((f): f is string => f !== undefined));
    expect([...folders].filter((f) => !(f in ALLOWED))).toEqual([]);
  });

  it("imports flow one way between lib/ folders", () => {
    const wrong: string[] = [];
    for (const file of files) {
      const from = folderOf(file);
      if (!from) continue;
      for (const target of importsOf(file)) {
        const to = folderOf(target);
        if (!to || to === from) continue;
        if (!(ALLOWED[from] ?? []).includes(to)) wrong.push(`${relative(ROOT, file)} → lib/${to}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("keeps the pure folders free of the framework, the database, the clock and randomness", () => {
    const wrong: string[] = [];
    for (const file of files) {
      const folder = folderOf(file);
      if (!folder || !PURE.includes(folder)) continue;
      const text = readFileSync(file, "utf8");
      for (const { what, pattern } of IMPURE_PATTERNS) {
        if (pattern.test(text)) wrong.push(`${relative(ROOT, file)} ${what}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

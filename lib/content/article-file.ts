// content/articles/<slug>.md: YAML front matter, then each paragraph under its
// own id marker (<!-- p1 -->). Ids live in the file rather than being counted,
// so editing or re-syncing one paragraph never renumbers the others and
// evidence that cites p7 keeps pointing at the same words.
import path from "node:path";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import type { z } from "zod";
import { ContentFileError } from "./errors";
import { articleMetaSchema, articleSchema, type Article, type ArticleMeta } from "./schema";

const MARKER = /^<!--\s*(\S+)\s*-->$/;
const FENCE = "---";

export function serializeArticle(article: Article): string {
  const meta: Record<string, unknown> = {};
  // Keys in schema order, so files diff cleanly whatever order the object was built in.
  for (const key of Object.keys(articleMetaSchema.shape) as (keyof ArticleMeta)[]) {
    if (article[key] !== undefined) meta[key] = article[key];
  }
  const body = article.passages.map((p) => {
    if (/[\r\n]/.test(p.text)) throw new ContentFileError(`${article.slug}.md`, [`${p.id} contains a line break`]);
    return `<!-- ${p.id} -->\n${p.text}\n`;
  });
  return `${FENCE}\n${stringifyYaml(meta, { lineWidth: 0 })}${FENCE}\n\n${body.join("\n")}`;
}

/** Parses and validates one article file; `fileName` must be `<slug>.md` and names the file in errors. */
export function parseArticleFile(text: string, fileName: string): Article {
  const fail = (...problems: string[]) => new ContentFileError(fileName, problems);
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (lines[0] !== FENCE) throw fail("must start with a '---' line opening the front matter");
  const close = lines.indexOf(FENCE, 1);
  if (close < 0) throw fail("front matter is not closed by a '---' line");

  let rawMeta: unknown;
  try {
    rawMeta = parseYaml(lines.slice(1, close).join("\n"));
  } catch (error) {
    throw fail(`front matter is not valid YAML: ${(error as Error).message}`);
  }
  const meta = articleMetaSchema.safeParse(rawMeta);
  if (!meta.success) throw fail(...formatIssues(meta.error));
  const expected = `${meta.data.slug}.md`;
  if (path.basename(fileName) !== expected) throw fail(`slug "${meta.data.slug}" does not match the file name (expected ${expected})`);

  const passages = readPassages(lines.slice(close + 1), close + 2, fail);
  const article = articleSchema.safeParse({ ...meta.data, passages });
  if (!article.success) throw fail(...formatIssues(article.error));
  return article.data;
}

function readPassages(lines: string[], firstLineNo: number, fail: (...p: string[]) => Error) {
  const passages: { id: string; text: string; line: number }[] = [];
  let current: { id: string; parts: string[]; line: number } | undefined;
  const flush = () => {
    if (!current) return;
    if (current.parts.length === 0) throw fail(`passage ${current.id} (line ${current.line}) is empty`);
    passages.push({ id: current.id, text: current.parts.join(" "), line: current.line });
  };
  lines.forEach((raw, i) => {
    const line = raw.trim();
    const lineNo = firstLineNo + i;
    const marker = MARKER.exec(line);
    if (marker) {
      flush();
      const id = marker[1]!;
      if (!/^p[1-9]\d*$/.test(id)) throw fail(`line ${lineNo}: passage marker "${id}" is not p1, p2, ...`);
      if (passages.some((p) => p.id === id) || current?.id === id) throw fail(`line ${lineNo}: passage id ${id} is used twice`);
      current = { id, parts: [], line: lineNo };
    } else if (line.startsWith("<!--")) {
      throw fail(`line ${lineNo}: malformed passage marker "${line}" (write <!-- p1 -->)`);
    } else if (line !== "") {
      if (!current) throw fail(`line ${lineNo}: text before the first passage marker`);
      current.parts.push(line);
    }
  });
  flush();
  if (passages.length === 0) throw fail("no passages: each paragraph needs a <!-- pN --> marker");
  return passages.map(({ id, text }) => ({ id, text }));
}

/** "publishedOn: not a real calendar day" — one line per zod issue. */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message));
}

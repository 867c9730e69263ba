// Reads content/ into a Corpus: every article file, the entities and all fact
// files, each validated with zod. A failure names the file (and the fact).
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import type { Corpus } from "./corpus";
import { entitiesFileSchema, factsFileSchema, type Entity, type Fact } from "./schema";
import { formatIssues, parseArticleFile } from "../content/article-file";
import { ContentFileError } from "../content/errors";
import type { Article } from "../content/schema";

/** Where each item came from, so problems can name the file to fix. */
export type CorpusSources = {
  /** Parallel to corpus.articles. */
  articleFiles: string[];
  entitiesFile: string;
  /** Parallel to corpus.facts. */
  factFiles: string[];
};
export type LoadedCorpus = Corpus & { sources: CorpusSources };

export async function loadCorpus(rootDir = "content"): Promise<LoadedCorpus> {
  const articleFiles = await listFiles(path.join(rootDir, "articles"), ".md");
  const articles: Article[] = await Promise.all(
    articleFiles.map(async (file) => parseArticleFile(await readText(file), file)),
  );

  const entitiesFile = path.join(rootDir, "entities.yaml");
  const entities: Entity[] = parseYamlFile(entitiesFile, await readText(entitiesFile), entitiesFileSchema, entityLabel);

  const facts: Fact[] = [];
  const factFiles: string[] = [];
  for (const file of await listFiles(path.join(rootDir, "facts"), ".yaml", ".yml")) {
    const parsed = parseYamlFile(file, await readText(file), factsFileSchema, factLabel);
    facts.push(...parsed);
    factFiles.push(...parsed.map(() => file));
  }
  return { articles, entities, facts, sources: { articleFiles, entitiesFile, factFiles } };
}

async function listFiles(dir: string, ...extensions: string[]): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new ContentFileError(dir, [`cannot read the folder: ${(error as Error).message}`]);
  }
  return names
    .filter((n) => extensions.some((ext) => n.endsWith(ext)))
    .sort()
    .map((n) => path.join(dir, n));
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    throw new ContentFileError(file, [`cannot read the file: ${(error as Error).message}`]);
  }
}

type Label = (raw: unknown, index: number) => string;

function parseYamlFile<T>(file: string, text: string, schema: z.ZodType<T>, label: Label): T {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    throw new ContentFileError(file, [`not valid YAML: ${(error as Error).message}`]);
  }
  const result = schema.safeParse(raw ?? []);
  if (result.success) return result.data;
  // Name the entry by its id, not just its position: "fact russia-backs-assad: evidence.0.quote: ...".
  const problems = result.error.issues.map((issue, i) => {
    const [index, ...rest] = issue.path;
    const message = formatIssues(result.error)[i]!;
    if (typeof index !== "number") return message;
    return `${label(raw, index)}: ${rest.length ? `${rest.join(".")}: ` : ""}${issue.message}`;
  });
  throw new ContentFileError(file, problems);
}

function idAt(raw: unknown, index: number): string | undefined {
  const entry = Array.isArray(raw) ? (raw[index] as unknown) : undefined;
  const id = entry && typeof entry === "object" ? (entry as { id?: unknown }).id : undefined;
  return typeof id === "string" ? id : undefined;
}

const factLabel: Label = (raw, index) => {
  const id = idAt(raw, index);
  return id ? `fact ${id} (entry ${index + 1})` : `fact entry ${index + 1}`;
};
const entityLabel: Label = (raw, index) => {
  const id = idAt(raw, index);
  return id ? `entity ${id} (entry ${index + 1})` : `entity entry ${index + 1}`;
};

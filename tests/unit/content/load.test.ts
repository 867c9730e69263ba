import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ContentFileError, serializeArticle } from "@/lib/content";
import { checkCorpus, loadCorpus } from "@/lib/facts";

let root: string;

const article = serializeArticle({
  slug: "bridge-opens-2015",
  title: "Bridge opens",
  publishedOn: "2015-03-05",
  repairs: [],
  passages: [{ id: "p1", text: "Valland backs the river towns." }],
});
const entities = "- { id: valland, type: country, name: Valland }\n- { id: river-towns, type: group, name: River towns }\n";
const facts = `- id: valland-backs-towns
  kind: backing
  statement: Valland backs the river towns.
  backer: valland
  backed: river-towns
  phrasing: backs
  evidence:
    - { article: bridge-opens-2015, passage: p1, quote: Valland backs the river towns. }
`;

async function write(files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), text);
  }
}

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "sourced-content-"));
  await write({ "articles/bridge-opens-2015.md": article, "entities.yaml": entities, "facts/backing.yaml": facts });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("loadCorpus", () => {
  it("loads articles, entities and facts and records where each fact came from", async () => {
    const corpus = await loadCorpus(root);
    expect(corpus.articles.map((a) => a.slug)).toEqual(["bridge-opens-2015"]);
    expect(corpus.facts.map((f) => f.id)).toEqual(["valland-backs-towns"]);
    expect(corpus.sources.factFiles).toEqual([path.join(root, "facts/backing.yaml")]);
    expect(checkCorpus(corpus, corpus.sources)).toEqual([]);
  });

  it("names the file and the fact id when a fact is invalid", async () => {
    await write({ "facts/backing.yaml": facts.replace("  phrasing: backs\n", "") });
    const error = await loadCorpus(root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentFileError);
    expect((error as ContentFileError).file).toBe(path.join(root, "facts/backing.yaml"));
    expect((error as ContentFileError).problems[0]).toMatch(/^fact valland-backs-towns \(entry 1\): phrasing: /);
  });

  it("names the file when YAML does not parse", async () => {
    await write({ "entities.yaml": "- id: [unclosed" });
    await expect(loadCorpus(root)).rejects.toThrow(new RegExp(`^${path.join(root, "entities.yaml")}: not valid YAML`));
  });

  it("names the article file when its front matter is invalid", async () => {
    await write({ "articles/bridge-opens-2015.md": article.replace("publishedOn: 2015-03-05", "publishedOn: March 5") });
    await expect(loadCorpus(root)).rejects.toThrow(/bridge-opens-2015\.md: publishedOn: a date is written YYYY-MM-DD/);
  });

  it("lets checkCorpus name the fact file of a bad quote", async () => {
    await write({ "facts/backing.yaml": facts.replace("quote: Valland backs the river towns.", "quote: Valland backs the towns.") });
    const corpus = await loadCorpus(root);
    const [problem] = checkCorpus(corpus, corpus.sources);
    expect(problem?.file).toBe(path.join(root, "facts/backing.yaml"));
    expect(problem?.message).toContain('"Valland backs the towns."');
  });
});

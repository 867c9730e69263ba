// The teacher's paste page and `npm run content:import` are one use case (lib/teach/import-article.ts):
// the same text gives the same article and the same proposed facts, and the same text is refused with the
// same words. They used to differ: the CLI named the article after its whole title (the page cuts the slug
// at 60 characters), offered the corpus's offices and figures as wrong options of "stated" items (the page
// offers the article's own), and took a text of any length, or none, with no outlet.
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../support/db";
import { loadCorpus } from "@/lib/facts";
import { syncCorpus } from "@/lib/db/content-sync";
import { getOwnTeacherArticle, teacherArticleStore } from "@/lib/db/teach-articles";
import { importArticle, teacherImports } from "@/lib/teach/import-article";
import { importArticleSchema } from "@/lib/teach";
import { fieldErrorsOf } from "@/lib/domain/field-errors";
import { makeUser } from "./fixtures";
import { pastedTehranArticle } from "../../fixtures/pasted-article";

let t: TestDb;
let dir: string;
let root: string;

beforeAll(async () => {
  t = await createTestDb();
  // Both stores know the same entities: the library's, from content/.
  await syncCorpus(t.db, await loadCorpus("content"), { source: "content" });
  await makeUser(t.db, "rivera", "TEACHER");
  dir = mkdtempSync(path.join(tmpdir(), "sourced-import-"));
  root = path.join(dir, "content");
  cpSync("content", root, { recursive: true });
});
afterAll(async () => {
  await t.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

type Cli = { code: number; stdout: string; stderr: string };

/** content:import as a maintainer runs it, on the copy of content/. */
async function contentImport(text: string, options: Record<string, string>): Promise<Cli> {
  const file = path.join(dir, "article.txt");
  writeFileSync(file, text);
  const argv = [file, "--root", root, ...Object.entries(options).flatMap(([k, v]) => [`--${k}`, v])];
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "lib/cli/content-import.ts", ...argv],
      { env: { ...process.env, NODE_OPTIONS: "" } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

const folderFiles = () => readdirSync(root, { recursive: true }).map(String).sort();

describe("importing an article from the page and from content:import", () => {
  it("gives the same slug, article and proposed facts for the same text", async () => {
    const form = {
      title: "Iran backs Assad as Astana partners meet in Tehran for a three-way summit on Idlib",
      outlet: "Test Wire",
      publishedOn: "2018-09-08",
      // As a browser sends a textarea, and as a file saved on Windows holds it.
      text: pastedTehranArticle.text.replace(/\n/g, "\r\n"),
    };
    const page = await importArticle(
      teacherImports(teacherArticleStore(t.db), "rivera"),
      importArticleSchema.parse(form),
    );
    const cli = await contentImport(form.text, { title: form.title, outlet: form.outlet, date: form.publishedOn });
    expect(cli.stderr).toBe("");
    expect(cli.code).toBe(0);

    expect(page.slug).toBe("iran-backs-assad-as-astana-partners-meet-in-tehran-for-a-thr");
    expect(cli.stdout).toContain(`articles/${page.slug}.md: written`);
    const folder = await loadCorpus(root);
    const proposalFile = path.join(root, "facts", `proposed-${page.slug}.yaml`);
    const folderFacts = folder.facts.filter((_, i) => folder.sources.factFiles[i] === proposalFile);
    const stored = await getOwnTeacherArticle(t.db, "rivera", page.slug);

    const byId = <F extends { id: string }>(facts: F[]) => [...facts].sort((a, b) => a.id.localeCompare(b.id));
    // The database keeps no layout notes; everything else of the article is the same.
    expect({ ...folder.articles.find((a) => a.slug === page.slug), repairs: [] }).toEqual(stored.article);
    expect(folderFacts.length).toBeGreaterThan(0);
    expect(byId(folderFacts)).toEqual(byId(stored.facts.map((f) => f.fact)));
    expect(folderFacts.some((f) => f.kind === "stated")).toBe(true);
  });

  it("refuses a text too short to be an article, or one without its outlet, in the same words, writing nothing", async () => {
    const before = folderFiles();
    const short = { title: "Talks in Tehran", outlet: "Test Wire", publishedOn: "2018-09-08", text: "Leaders met." };
    const pageShort = importArticleSchema.safeParse(short);
    expect(pageShort.success).toBe(false);
    const shortMessage = fieldErrorsOf(pageShort.error!).text?.[0] ?? "";
    expect(shortMessage).toBe("Paste the article text (at least a paragraph)");
    const cliShort = await contentImport(short.text, {
      title: short.title,
      outlet: short.outlet,
      date: short.publishedOn,
    });
    expect(cliShort.code).toBe(1);
    expect(cliShort.stderr).toContain(`FILE: ${shortMessage}`);

    const noOutlet = { ...short, text: pastedTehranArticle.text, outlet: "  " };
    const pageNoOutlet = importArticleSchema.safeParse(noOutlet);
    const outletMessage = fieldErrorsOf(pageNoOutlet.error!).outlet?.[0] ?? "";
    expect(outletMessage).toBe("Enter the outlet that published it");
    const cliNoOutlet = await contentImport(noOutlet.text, {
      title: short.title,
      outlet: "  ",
      date: short.publishedOn,
    });
    expect(cliNoOutlet.code).toBe(1);
    expect(cliNoOutlet.stderr).toContain(`--outlet: ${outletMessage}`);

    expect(cliShort.stderr + cliNoOutlet.stderr).toContain("Nothing was written.");
    expect(folderFiles()).toEqual(before);
  });
});

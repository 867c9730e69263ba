// The corpus's boundary: article files (front matter and passage markers) and the
// folder the loader reads. A bad file is a ContentFileError naming the file, never a crash.
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  articleMetaSchema,
  articleSchema,
  ContentFileError,
  isoDaySchema,
  parseArticleFile,
  quoteSelectorSchema,
  serializeArticle,
  slugSchema,
  type Article,
} from "@/lib/content";
import { loadCorpus } from "@/lib/facts";
import {
  checkAllAccepted,
  checkAllRefused,
  checkJunkIsHandled,
  checkObjectMutationsRefused,
  describeValue,
  expectPrototypeIntact,
  hugeString,
  junk,
} from "./junk";
import { nonBlankText, validIsoDay, validSlug } from "./valid";

/** One line of text as the file format keeps it: no line breaks, no edge spaces, not a marker. */
const passageText = fc
  .string({ minLength: 1, maxLength: 120, unit: "grapheme" })
  .map((s) => s.replace(/[\r\n]/g, " ").trim())
  .filter((s) => s.length > 0 && !s.startsWith("<!--"));

const validMeta = fc.record(
  {
    slug: validSlug,
    title: nonBlankText,
    outlet: nonBlankText,
    publishedOn: validIsoDay,
    dateNote: fc.string({ maxLength: 60 }),
    seedFile: fc.string({ maxLength: 20 }),
    repairs: fc.array(fc.string({ maxLength: 30 }), { maxLength: 3 }),
  },
  { requiredKeys: ["slug", "title", "publishedOn"] },
);

const validArticle: fc.Arbitrary<Article> = fc
  .tuple(validMeta, fc.array(passageText, { minLength: 1, maxLength: 6 }))
  .map(([meta, texts]) => ({
    ...meta,
    repairs: meta.repairs ?? [],
    passages: texts.map((text, i) => ({ id: `p${i + 1}`, text })),
  }));

/** Runs parseArticleFile; anything but an Article or a ContentFileError with problems fails the test. */
function parseFile(text: string, fileName: string): Article | ContentFileError {
  try {
    return parseArticleFile(text, fileName);
  } catch (error) {
    if (!(error instanceof ContentFileError))
      expect.fail(`parseArticleFile threw ${String(error)} for ${describeValue(text)}`);
    expect(error.file).toBe(fileName);
    expect(error.problems.length).toBeGreaterThan(0);
    for (const problem of error.problems) expect(problem.trim()).not.toBe("");
    return error;
  }
}

describe("article schemas", () => {
  it("slugs and days: accepted when well formed, refused otherwise", () => {
    checkAllAccepted(slugSchema, validSlug);
    checkAllRefused(
      slugSchema,
      fc.string().filter((s) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s)),
    );
    checkAllAccepted(isoDaySchema, validIsoDay);
    checkAllRefused(
      isoDaySchema,
      fc.oneof(
        fc.constantFrom("2018-02-30", "2019-02-29", "2018-00-10", "2018-12-32", "2018-1-01", " 2018-01-01"),
        fc.string().filter((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s)),
      ),
    );
    checkJunkIsHandled(isoDaySchema);
  });

  it("front matter: accepted when well formed; refused with a field missing, mistyped or unknown", () => {
    checkAllAccepted(articleMetaSchema, validMeta, (out, input) => expect(out.repairs).toEqual(input.repairs ?? []));
    checkObjectMutationsRefused(articleMetaSchema, validMeta, {
      required: ["slug", "title", "publishedOn"],
      typed: ["slug", "title", "outlet", "publishedOn", "dateNote", "seedFile", "repairs"],
      strict: true,
    });
    checkJunkIsHandled(articleSchema);
  });

  it("quote selectors: a non-empty quote with optional non-empty context", () => {
    const valid = fc.record(
      { quote: nonBlankText, prefix: nonBlankText, suffix: nonBlankText },
      { requiredKeys: ["quote"] },
    );
    checkAllAccepted(quoteSelectorSchema, valid);
    checkObjectMutationsRefused(quoteSelectorSchema, valid, {
      required: ["quote"],
      typed: ["quote", "prefix", "suffix"],
      strict: true,
    });
    checkAllRefused(
      quoteSelectorSchema,
      fc.constantFrom({ quote: "" }, { quote: "a", prefix: "" }, { quote: "a", suffix: "" }),
    );
    checkJunkIsHandled(quoteSelectorSchema);
  });
});

describe("article files", () => {
  it("every valid article survives writing and reading its file unchanged", () => {
    fc.assert(
      fc.property(validArticle, (article) => {
        const parsed = parseFile(serializeArticle(article), `content/articles/${article.slug}.md`);
        expect(parsed).toEqual(articleSchema.parse(article));
      }),
    );
  });

  it("any text at all is an article or a ContentFileError naming the file", () => {
    const fileText = fc.oneof(
      fc.string({ unit: "grapheme" }),
      hugeString,
      // Plausible files with one part broken: front matter junk, markers, passages.
      fc
        .tuple(
          fc.oneof(
            fc.string(),
            junk.map((j) => {
              try {
                return JSON.stringify(j) ?? "";
              } catch {
                return "";
              }
            }),
            fc.constantFrom(
              "slug: a\ntitle: t\npublishedOn: 2018-02-30",
              "__proto__: { polluted: 1 }\nslug: a",
              "a: &x [*x, *x]",
              "slug: [",
            ),
          ),
          fc.array(
            fc.oneof(
              fc.constantFrom("<!-- p1 -->", "<!-- p0 -->", "<!--p2-->", "<!-- x -->", "<!-- p1", "---", ""),
              fc.string(),
            ),
            { maxLength: 8 },
          ),
        )
        .map(([front, body]) => `---\n${front}\n---\n${body.join("\n")}`),
      validArticle.chain((a) => fc.nat({ max: 400 }).map((cut) => serializeArticle(a).slice(0, cut))),
    );
    fc.assert(
      fc.property(fileText, fc.constantFrom("content/articles/a.md", "x.md"), (text, fileName) => {
        const result = parseFile(text, fileName);
        if (!(result instanceof ContentFileError)) expect(articleSchema.safeParse(result).success).toBe(true);
        expectPrototypeIntact();
      }),
      { numRuns: 300 },
    );
  });
});

describe("loading a content folder", () => {
  let root: string;
  const article = serializeArticle({
    slug: "bridge-opens-2015",
    title: "Bridge opens",
    publishedOn: "2015-03-05",
    repairs: [],
    passages: [{ id: "p1", text: "Valland backs the river towns." }],
  });
  const entities = "- { id: valland, type: country, name: Valland }\n";

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), "sourced-boundary-"));
    await mkdir(path.join(root, "articles"), { recursive: true });
    await mkdir(path.join(root, "facts"), { recursive: true });
    await writeFile(path.join(root, "articles", "bridge-opens-2015.md"), article);
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("a junk entities or facts file is a ContentFileError naming that file", async () => {
    const yamlJunk = fc.oneof(
      fc.string(),
      fc.constantFrom(
        "- id: x\n  kind: backing\n",
        "{}",
        "- [",
        "- __proto__: {}\n",
        "a: &x [*x, *x, *x]\n",
        "- 1\n- true\n",
        "- { id: valland, type: planet, name: V }\n",
      ),
      junk.map((j) => {
        try {
          return JSON.stringify(j) ?? "";
        } catch {
          return "";
        }
      }),
    );
    await fc.assert(
      fc.asyncProperty(yamlJunk, fc.constantFrom("entities.yaml", "facts/broken.yaml"), async (text, file) => {
        await writeFile(path.join(root, "entities.yaml"), file === "entities.yaml" ? text : entities);
        await writeFile(path.join(root, "facts", "broken.yaml"), file === "facts/broken.yaml" ? text : "[]");
        try {
          await loadCorpus(root);
        } catch (error) {
          if (!(error instanceof ContentFileError))
            expect.fail(`loadCorpus threw ${String(error)} for ${describeValue(text)}`);
          expect(error.file).toBe(path.join(root, file));
          expect(error.problems.length).toBeGreaterThan(0);
        }
        expectPrototypeIntact();
      }),
      { numRuns: 60 },
    );
  });
});

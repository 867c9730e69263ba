// The real corpus in content/: it must load, pass every check, and keep the
// coverage the quizzes rely on.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { articleFromText, serializeArticle } from "@/lib/content";
import { checkCorpus, loadCorpus, summarizeCorpus, type LoadedCorpus } from "@/lib/facts";
import { SEED_IMPORTS } from "@/lib/cli/seed-metadata";

let corpus: LoadedCorpus;
beforeAll(async () => {
  corpus = await loadCorpus("content");
});

describe("the content/ corpus", () => {
  it("passes checkCorpus with no problems", () => {
    expect(checkCorpus(corpus, corpus.sources)).toEqual([]);
  });

  it("has the five seed articles, dated from their content", () => {
    const dates = Object.fromEntries(corpus.articles.map((a) => [a.slug, a.publishedOn]));
    expect(dates).toEqual({
      "putin-erdogan-to-meet-sochi-idlib-rferl-2018": "2018-09-17",
      "putin-erdogan-sochi-talks-idlib-bss-2018": "2018-09-17",
      "putin-erdogan-moscow-meeting-idlib-tass-2020": "2020-03-04",
      "putin-erdogan-to-hold-talks-idlib-2018": "2018-09-17",
      "putin-erdogan-agree-idlib-plan-2018": "2018-09-17",
    });
  });

  it("covers every fact kind, with corroboration and the death-toll conflict", () => {
    const summary = summarizeCorpus(corpus);
    expect(summary.facts).toBeGreaterThanOrEqual(60);
    expect(summary.corroborated).toBeGreaterThanOrEqual(5);
    expect(Object.keys(summary.factsByKind).sort()).toEqual(["backing", "claim", "deal-term", "event", "figure", "meeting", "motive", "relation", "role"]);
    const toll = corpus.facts.find((f) => f.id === "syrian-war-death-toll-more-than-400000");
    expect(toll?.conflictsWith).toEqual(["syrian-war-death-toll-estimated-360000"]);
  });

  it("keeps only the promotional lines out of the RFE/RL article", () => {
    const rferl = corpus.articles.find((a) => a.slug === "putin-erdogan-to-meet-sochi-idlib-rferl-2018");
    const text = rferl?.passages.map((p) => p.text).join("\n") ?? "";
    expect(text).not.toMatch(/SEE ALSO|Sign up|newsletter|Copyright/);
    expect(text).toContain("The 7 1/2-year war has killed more than 400,000 people and displaced millions.");
  });
});

// The seeds live outside the repository; where they are present, the article
// files must be exactly what a fresh import produces.
const seedsDir = path.resolve("../shared/seeds");
describe.skipIf(!existsSync(seedsDir))("seed import", () => {
  it.each(SEED_IMPORTS)("reproduces $meta.slug", async ({ file, meta }) => {
    const target = path.join("content/articles", `${meta.slug}.md`);
    const current = await readFile(target, "utf8");
    const raw = await readFile(path.join(seedsDir, file), "utf8");
    const previous = corpus.articles.find((a) => a.slug === meta.slug);
    expect(serializeArticle(articleFromText(raw, meta, previous).article)).toBe(current);
  });
});

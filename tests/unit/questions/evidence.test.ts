import { existsSync } from "node:fs";
import { importanceOf } from "@/lib/questions/choose";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "@/lib/facts";
import type { Corpus } from "@/lib/facts/corpus";
import { buildBank, checkBank, generateBank, locateQuote, sentenceSpans } from "@/lib/questions";
import { fixtureCorpus } from "../../fixtures/questions-corpus";

function everyQuoteResolves(corpus: Corpus): void {
  const passages = new Map(
    corpus.articles.flatMap((a) => a.passages.map((p) => [`${a.slug}#${p.id}`, p.text] as const)),
  );
  const bank = generateBank(corpus);
  expect(bank.length).toBeGreaterThan(0);
  for (const q of bank) {
    expect(q.evidence.length, q.id).toBeGreaterThan(0);
    for (const e of q.evidence) {
      const text = passages.get(`${e.article}#${e.passage}`);
      expect(text, `${q.id}: ${e.article}#${e.passage}`).toBeDefined();
      expect(text?.includes(e.quote), `${q.id}: "${e.quote}"`).toBe(true);
    }
    if (q.kind === "evidence") {
      const right = q.answers[0] ?? "";
      expect(
        q.evidence.some((e) => right.includes(e.quote)),
        q.id,
      ).toBe(true);
    }
  }
}

describe("every evidence quote resolves verbatim", () => {
  it("in the fixture corpus", () => everyQuoteResolves(fixtureCorpus()));

  it.skipIf(!existsSync("content/entities.yaml"))(
    "in the real corpus, whose bank also passes every check",
    async () => {
      const corpus = await loadCorpus("content");
      everyQuoteResolves(corpus);
      const { questions } = buildBank(corpus);
      expect(checkBank(questions, corpus)).toEqual([]);
      // Most core facts are asked (bank-quality.test.ts holds which may not be, and why).
      const covered = new Set(questions.flatMap((q) => q.factIds));
      const core = corpus.facts.filter((f) => f.status !== "rejected" && importanceOf(f) === "core");
      expect(core.filter((f) => !covered.has(f.id)).length).toBeLessThan(core.length / 3);
    },
    30_000,
  );
});

describe("finding sentences and quotes", () => {
  it("splits sentences but not at initials or abbreviations", () => {
    const text = 'The U.S. envoy met Mr. Putin in Sochi. Talks lasted "four hours." Then they left!';
    expect(sentenceSpans(text).map((s) => s.text)).toEqual([
      "The U.S. envoy met Mr. Putin in Sochi.",
      'Talks lasted "four hours."',
      "Then they left!",
    ]);
  });

  it("uses prefix and suffix to pick among repeated quotes", () => {
    const text = "Russia said yes. Turkey said yes. Iran said no.";
    expect(locateQuote(text, "said yes")).toBe(7);
    expect(locateQuote(text, "said yes", "Turkey ")).toBe(24);
    expect(locateQuote(text, "said yes", "Iran ")).toBe(-1);
  });
});

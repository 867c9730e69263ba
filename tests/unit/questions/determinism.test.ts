import { describe, expect, it } from "vitest";
import { factSchema } from "@/lib/facts/schema";
import { buildBank, generateBank, opaqueId, questionId, questionKey } from "@/lib/questions";
import { fixtureCorpus, unrelatedFact } from "../../fixtures/questions-corpus";

describe("determinism", () => {
  it("gives the same ids, wording and choice order for the same corpus", () => {
    expect(generateBank(fixtureCorpus())).toEqual(generateBank(fixtureCorpus()));
  });

  it("does not depend on the order facts, entities or articles are listed in", () => {
    const corpus = fixtureCorpus();
    const reversed = {
      articles: [...corpus.articles].reverse(),
      entities: [...corpus.entities].reverse(),
      facts: [...corpus.facts].reverse(),
    };
    expect(generateBank(reversed)).toEqual(generateBank(corpus));
  });

  it("derives ids from the fact id, the kind and a discriminator only, as an opaque digest", () => {
    const id = questionId("sochi-talks", "single-choice", "place");
    expect(id).toBe(opaqueId(questionKey("sochi-talks", "single-choice", "place")));
    expect(id).toMatch(/^q_[a-z0-9]+$/);
    expect(id).not.toContain("sochi");
    expect(buildBank(fixtureCorpus()).candidates.map((q) => q.id)).toContain(id);
  });

  // The drafts, not the chosen bank: which drafts win may shift with a new fact, but no draft is renamed or reworded.
  it("keeps every other id and prompt when an unrelated fact is added", () => {
    const before = buildBank(fixtureCorpus()).candidates;
    const corpus = fixtureCorpus();
    corpus.facts.push(unrelatedFact());
    const afterBank = buildBank(corpus).candidates;
    const after = new Map(afterBank.map((q) => [q.id, q]));
    for (const q of before) {
      const kept = after.get(q.id);
      if (kept) {
        expect(kept.prompt, q.id).toBe(q.prompt);
        continue;
      }
      // A false statement names a wrong value, which the new fact may now supply: it is then
      // another statement, so another item with another id, of the same fact.
      if (q.kind === "true-false" && q.answers[0] === "False") {
        expect(
          afterBank.some(
            (n) => n.kind === "true-false" && n.answers[0] === "False" && n.factIds.join() === q.factIds.join(),
          ),
        ).toBe(true);
        continue;
      }
      // Only a question over several facts of the new fact's kind may change: a matching of
      // backings takes the new backing in, and is then named after its first fact.
      expect(q.kind, q.id).toBe("matching");
      const grown = afterBank.filter(
        (n) =>
          n.kind === q.kind &&
          n.factIds.includes("germany-backs-kurdish-militias") &&
          q.factIds.every((f) => n.factIds.includes(f)),
      );
      expect(grown.length, q.id).toBeGreaterThan(0);
    }
  });

  it("leaves every other question exactly as it was when an unrelated figure is added", () => {
    const before = generateBank(fixtureCorpus());
    const corpus = fixtureCorpus();
    corpus.facts.push(
      factSchema.parse({
        id: "reporters-waited-hours",
        kind: "figure",
        statement: "Reporters waited for several hours.",
        quantity: { min: 3, max: 3, qualifier: "about", unit: "hours" },
        counts: "hours reporters waited outside the hall",
        measure: "reporters-wait",
        evidence: [
          { article: "fixture-tehran-summit", passage: "p4", quote: "Reporters waited outside the conference hall" },
        ],
      }),
    );
    const after = new Map(generateBank(corpus).map((q) => [q.id, q]));
    for (const q of before) {
      if (q.kind === "evidence" && q.articles.includes("fixture-tehran-summit")) continue; // the new fact's sentence is now evidence
      expect(after.get(q.id), q.id).toEqual(q);
    }
  });
});

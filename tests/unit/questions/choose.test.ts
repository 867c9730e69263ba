// The chooser, on the fixture's drafts: what a teacher would find in the bank it makes.
import { describe, expect, it } from "vitest";
import { buildBank } from "@/lib/questions";
import { chooseItems } from "@/lib/questions/choose";
import { fixtureCorpus } from "../../fixtures/questions-corpus";

const corpus = fixtureCorpus();
const { candidates } = buildBank(corpus);

describe("chooseItems", () => {
  it("keeps at most one true/false per topic, with no key in the lead, however many statements it is offered", () => {
    const statements = candidates.filter((q) => q.kind === "true-false");
    expect(new Set(statements.map((q) => q.topic)).size).toBeLessThan(statements.length);
    const room = { core: 3, supporting: 3, peripheral: 3 };
    const bank = chooseItems(candidates, corpus.facts, { trueFalseShare: 1, perFact: room });
    const chosen = bank.filter((q) => q.kind === "true-false");
    expect(chosen.length).toBeGreaterThan(0);
    expect(new Set(chosen.map((q) => q.topic)).size).toBe(chosen.length);
    for (const key of ["True", "False"])
      expect(chosen.filter((q) => q.answers[0] === key).length, key).toBeLessThanOrEqual(0.6 * chosen.length);
  });
});

import { describe, expect, it } from "vitest";
import { buildBank } from "@/lib/questions";
import { questionStem } from "@/lib/questions/stem";
import { fixtureCorpus } from "../../fixtures/questions-corpus";

const bank = buildBank(fixtureCorpus()).candidates;

describe("questionStem", () => {
  it("keeps a cloze's sentence and a statement's words, and never prints a statement twice", () => {
    for (const q of bank) {
      const stem = questionStem(q);
      if (q.kind === "cloze") expect(stem).toContain(q.text);
      if (q.kind === "true-false" || q.kind === "evidence") {
        expect(stem).toContain(q.statement);
        expect(stem.split(q.statement).length - 1, q.id).toBe(1);
      }
    }
    expect(bank.some((q) => q.kind === "evidence")).toBe(true);
  });
});

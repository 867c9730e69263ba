// Question ids reach pages, report forms, GIFT names, QTI titles and file names:
// none of them may say what kind an item is, which field it asks, or its key.
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "@/lib/facts";
import {
  generateBank,
  normalizeText,
  opaqueId,
  QUESTION_ID_PATTERN,
  QUESTION_KINDS,
  questionKey,
  SLOTS,
  type Question,
} from "@/lib/questions";
import { fixtureCorpus } from "../../fixtures/questions-corpus";

/** Every substring of length n of the ids, after the shared "q_". */
function grams(ids: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of ids) {
    const seen = new Set<string>();
    for (let i = 2; i + n <= id.length; i++) seen.add(id.slice(i, i + n));
    for (const g of seen) counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return counts;
}

function expectOpaque(bank: readonly Question[], factIds: readonly string[]) {
  const words = [...QUESTION_KINDS, ...SLOTS, "true", "false", "choice", "select", ...factIds];
  for (const q of bank) {
    expect(q.id).toMatch(QUESTION_ID_PATTERN);
    for (const w of words) expect(q.id.includes(w), `${q.id} contains ${w}`).toBe(false);
  }
  expect(new Set(bank.map((q) => q.id)).size).toBe(bank.length);
  // All ids have one length: the length says nothing either.
  expect(new Set(bank.map((q) => q.id.length)).size).toBe(1);

  // True and false statements: no substring (of 1 to 3 characters) marks one side. A rule
  // "ids containing g are true" must do no better than its share in the other side allows.
  const tf = bank.filter((q) => q.kind === "true-false");
  const trues = tf.filter((q) => q.answers[0] === "True").map((q) => q.id);
  const falses = tf.filter((q) => q.answers[0] === "False").map((q) => q.id);
  // Truth is no input at all: the id is the digest of the fact and the statement's words.
  for (const q of tf) {
    if (q.kind !== "true-false") continue;
    expect(q.id).toBe(opaqueId(`${questionKey(q.factIds[0] ?? "", "true-false")}|${normalizeText(q.statement)}`));
  }
  // And, read as a learner would, from the outside: on a bank large enough to tell.
  if (trues.length < 30 || falses.length < 30) return;
  for (const n of [1, 2, 3]) {
    const t = grams(trues, n);
    const f = grams(falses, n);
    for (const g of new Set([...t.keys(), ...f.keys()])) {
      const inTrue = (t.get(g) ?? 0) / trues.length;
      const inFalse = (f.get(g) ?? 0) / falses.length;
      // Only substrings common enough on one side to be a rule: none may be (nearly) absent on the other.
      if (inTrue >= 0.5) expect(inFalse, `"${g}" in true ids`).toBeGreaterThan(0.2);
      if (inFalse >= 0.5) expect(inTrue, `"${g}" in false ids`).toBeGreaterThan(0.2);
    }
  }
}

describe("question ids", () => {
  it("are opaque on the fixture corpus", () => {
    const corpus = fixtureCorpus();
    expectOpaque(
      generateBank(corpus),
      corpus.facts.map((f) => f.id),
    );
  });

  it.skipIf(!existsSync("content/entities.yaml"))(
    "are opaque on the seed corpus",
    async () => {
      const corpus = await loadCorpus("content");
      expectOpaque(
        generateBank(corpus),
        corpus.facts.map((f) => f.id).filter((id) => id.length >= 4),
      );
      // The whole seed bank takes seconds on a busy machine; the default 5 s is too tight for it.
    },
    60_000,
  );

  it("stay the same on every regeneration", () => {
    const ids = generateBank(fixtureCorpus()).map((q) => q.id);
    expect(generateBank(fixtureCorpus()).map((q) => q.id)).toEqual(ids);
  });
});

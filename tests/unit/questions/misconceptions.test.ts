import { describe, expect, it } from "vitest";
import { buildBank } from "@/lib/questions";
import { fixtureCorpus } from "../../fixtures/questions-corpus";

const corpus = fixtureCorpus();
const plain = buildBank(corpus).candidates;

describe("learners' wrong answers as distractors", () => {
  it("puts an option a class chose wrongly into the sibling items of the same fact and field", () => {
    // A named option (an entity), so the learner's answer reads back as the very text they chose.
    const item = plain.find(
      (q) =>
        q.kind === "single-choice" && q.probe !== undefined && q.probe.slot !== "quantity" && q.choices.length >= 3,
    )!;
    const probe = item.kind === "single-choice" ? item.probe! : undefined;
    // A wrong answer of the right type that this item does not already offer: taken from another item's options.
    const offered = new Set(item.choices);
    const elsewhere = plain
      .filter((q) => q.kind === "single-choice" && q.probe?.slot === probe!.slot && q.id !== item.id)
      .flatMap((q) => q.choices)
      .find((c) => !offered.has(c) && !item.answers.includes(c));
    expect(elsewhere, "another option of the same field exists in the corpus").toBeDefined();
    const learned = buildBank(corpus, [{ factIds: item.factIds, slot: probe!.slot, answer: elsewhere!, count: 3 }]);
    const sibling = learned.candidates.find((q) => q.id === item.id)!;
    expect(sibling.choices).toContain(elsewhere);
    expect(sibling.answers).toEqual(item.answers);
  });

  it("never offers a learner's answer that the facts make true", () => {
    const item = plain.find((q) => q.kind === "single-choice" && q.probe !== undefined)!;
    const probe = item.kind === "single-choice" ? item.probe! : undefined;
    const rightAnswer = item.answers[0]!;
    const learned = buildBank(corpus, [{ factIds: item.factIds, slot: probe!.slot, answer: rightAnswer, count: 9 }]);
    const again = learned.candidates.find((q) => q.id === item.id)!;
    expect(again.choices.filter((c) => c === rightAnswer)).toHaveLength(1);
    expect(again.answers).toEqual(item.answers);
  });

  it("changes nothing when no learner has answered", () => {
    expect(buildBank(corpus, []).candidates).toEqual(plain);
  });
});

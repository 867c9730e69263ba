import { describe, expect, it } from "vitest";
import { buildBank, checkBank, type Question } from "@/lib/questions";
import { fixtureCorpus } from "../../fixtures/questions-corpus";
import { idOf } from "../../fixtures/question-keys";

const corpus = fixtureCorpus();
// The generators' drafts (every candidate), so each kind's behaviour can be checked; the chosen bank is tested in bank-quality.
const bank = buildBank(corpus).candidates;
const byId = new Map(bank.map((q) => [q.id, q]));

function get(id: string): Question {
  const q = byId.get(id);
  if (!q) throw new Error(`no question ${id}; have ${[...byId.keys()].join(", ")}`);
  return q;
}

describe("generateBank on the fixture corpus", () => {
  it("passes its own checks", () => {
    expect(checkBank(bank, corpus)).toEqual([]);
  });

  it("drops nothing it generated (a dropped draft is a generator bug worth seeing)", () => {
    expect(buildBank(corpus).dropped).toEqual([]);
  });

  it("gives every backing, meeting and deal-term fact several kinds of question", () => {
    const core = corpus.facts.filter(
      (f) => f.status !== "rejected" && (f.kind === "backing" || f.kind === "meeting" || f.kind === "deal-term"),
    );
    for (const fact of core) {
      const kinds = new Set(bank.filter((q) => q.factIds.includes(fact.id)).map((q) => q.kind));
      expect(kinds.size, `${fact.id}: ${[...kinds].join(", ")}`).toBeGreaterThanOrEqual(3);
    }
  });

  it("gives every figure, role and event fact at least one question", () => {
    for (const fact of corpus.facts.filter((f) => f.status !== "rejected")) {
      expect(
        bank.some((q) => q.factIds.includes(fact.id)),
        fact.id,
      ).toBe(true);
    }
  });

  it("makes every kind of question", () => {
    const kinds = new Set(bank.map((q) => q.kind));
    expect([...kinds].sort()).toEqual(
      ["cloze", "date", "evidence", "matching", "multi-select", "ordering", "single-choice", "true-false"].sort(),
    );
  });

  it("gives rejected facts no question and proposed facts proposed questions", () => {
    expect(bank.some((q) => q.factIds.includes("turkey-backs-syrian-government-rejected"))).toBe(false);
    const proposed = bank.filter((q) => q.factIds.includes("peskov-called-situation-acute"));
    expect(proposed.length).toBeGreaterThan(0);
    for (const q of proposed) expect(q.status, q.id).toBe("proposed");
    const reviewed = bank.filter((q) => q.factIds.includes("russia-backs-syrian-government"));
    expect(reviewed.length).toBeGreaterThan(0);
    for (const q of reviewed) expect(q.status, q.id).toBe("reviewed");
  });

  it("asks who backs a side with two backers as one multi-select question, never as single choice", () => {
    const q = get(idOf(bank, "iran-backs-syrian-government--multi-select-backer"));
    expect(q.kind).toBe("multi-select");
    expect([...q.answers].sort()).toEqual(["Iran", "Russia"]);
    expect(q.prompt).toContain("Select all that apply");
    expect(q.factIds).toEqual(["iran-backs-syrian-government", "russia-backs-syrian-government"]);
    // The rejected "Turkey backs the Syrian government" is not an answer; Turkey is a fine distractor.
    expect(q.answers).not.toContain("Turkey");
  });

  it("asks where the summit was, with places as distractors", () => {
    const q = get(idOf(bank, "tehran-summit--single-choice-place"));
    expect(q.prompt).toBe(
      "Where did Vladimir Putin, Recep Tayyip Erdogan and Hassan Rouhani hold a summit on 7 September 2018?",
    );
    expect(q.answers).toEqual(["Tehran"]);
    const places = new Set(["Sochi", "Tehran", "Astana", "Geneva", "Berlin", "Idlib"]);
    for (const c of q.choices) expect(places.has(c), c).toBe(true);
  });

  it("never offers the other source's death toll as a wrong figure", () => {
    const q = get(idOf(bank, "war-deaths-estimated-360000--single-choice-quantity"));
    expect(q.prompt).toMatch(/^According to /);
    expect(q.answers).toEqual(["an estimated 360,000"]);
    for (const c of q.choices) expect(c).not.toMatch(/400,000/);
  });

  it('never asks a "more than" figure as choices that nest (the lowest would always be safe)', () => {
    expect(bank.some((q) => q.kind === "single-choice" && q.factIds.includes("war-deaths-more-than-400000"))).toBe(
      false,
    );
    expect(bank.some((q) => q.kind === "cloze" && q.factIds.includes("war-deaths-more-than-400000"))).toBe(true);
  });

  it("balances true-false: about half the statements are false", () => {
    const tf = bank.filter((q) => q.kind === "true-false");
    const falses = tf.filter((q) => q.answers[0] === "False").length;
    expect(falses / tf.length).toBeGreaterThanOrEqual(0.4);
    expect(falses / tf.length).toBeLessThanOrEqual(0.6);
  });

  it("shows, after a statement made false by swapping who backs whom, the quote that proves it false", () => {
    const swapped = bank.filter(
      (q): q is Extract<Question, { kind: "true-false" }> =>
        q.kind === "true-false" && q.answers[0] === "False" && q.claim?.type === "backs",
    );
    expect(swapped.length).toBeGreaterThan(0);
    for (const q of swapped) {
      if (q.claim?.type !== "backs") continue;
      const backer = corpus.entities.find((e) => e.id === (q.claim as { backer: string }).backer);
      const names = [backer?.name ?? "", ...(backer?.aliases ?? [])].filter((n) => n !== "");
      expect(
        q.evidence.some((e) => names.some((n) => e.quote.includes(n))),
        `${q.statement}: ${q.evidence.map((e) => e.quote).join(" / ")}`,
      ).toBe(true);
    }
  });

  it("offers a deadline's wrong dates whole months or another deadline away, never a near-miss day", () => {
    const deadlines = bank.filter((q) => q.kind === "date" && /deadline/.test(q.prompt));
    expect(deadlines.length).toBeGreaterThan(0);
    const day = (text: string) => Date.parse(`${text} UTC`) / 86_400_000;
    for (const q of deadlines) {
      const key = day(q.answers[0] ?? "");
      for (const c of q.choices.filter((c) => c !== q.answers[0]))
        expect(Math.abs(day(c) - key), `${q.prompt}: ${c}`).toBeGreaterThanOrEqual(28);
    }
  });

  it("orders only day-precise, distinct dates", () => {
    const orderings = bank.filter((q): q is Extract<Question, { kind: "ordering" }> => q.kind === "ordering");
    expect(orderings.length).toBeGreaterThan(0);
    for (const q of orderings) {
      expect(q.dates.every((d) => d.precision === "day")).toBe(true);
      expect(new Set(q.dates.map((d) => d.on)).size).toBe(q.dates.length);
      expect(q.choices).not.toEqual(q.answers);
    }
  });

  it("blanks the figure in its sentence and accepts its spellings", () => {
    const q = get(idOf(bank, "sochi-deal-buffer-zone--cloze-quantity"));
    expect(q.kind).toBe("cloze");
    if (q.kind !== "cloze") return;
    // "The two presidents" is shown after the sentence (the paragraph before) that names them.
    expect(q.text).toBe(
      "Vladimir Putin and Recep Tayyip Erdoğan met in Sochi on 17 September 2018 for talks on Idlib. " +
        "The two presidents agreed to set up a demilitarised zone _____ km wide by 15 October 2018.",
    );
    expect(q.answerType).toBe("quantity");
  });

  it("matches each deadline of the deal to its requirement", () => {
    const q = get(idOf(bank, "sochi-deal-buffer-zone--matching-deadline"));
    expect(q.kind).toBe("matching");
    expect([...q.answers].sort()).toEqual([
      "Reopen transport routes through the province → 31 December 2018",
      "Set up a demilitarised zone → 15 October 2018",
    ]);
  });

  it("tags each question with its topic, articles and a difficulty in 0..1", () => {
    for (const q of bank) {
      expect(q.articles.length, q.id).toBeGreaterThan(0);
      expect(q.difficulty).toBeGreaterThanOrEqual(0);
      expect(q.difficulty).toBeLessThanOrEqual(1);
    }
    expect(get(idOf(bank, "sochi-talks--single-choice-place")).topic).toBe("summit");
    expect(get(idOf(bank, "sochi-deal-buffer-zone--date-deadline")).topic).toBe("sochi-deal");
    expect(get(idOf(bank, "lavrov-foreign-minister--single-choice-person")).topic).toBe("people");
  });
});

import { describe, expect, it } from "vitest";
import { buildBank, gradeAnswer, type Answer, type Question, type QuestionOfKind } from "@/lib/questions";
import { fixtureCorpus } from "../../fixtures/questions-corpus";
import { idOf } from "../../fixtures/question-keys";

// The generators' drafts (every candidate), so each kind's behaviour can be checked; the chosen bank is tested in bank-quality.
const bank = buildBank(fixtureCorpus()).candidates;

function question<K extends Question["kind"]>(id: string, kind: K): QuestionOfKind<K> {
  const q = bank.find((x) => x.id === id);
  if (!q || q.kind !== kind) throw new Error(`no ${kind} question ${id}`);
  return q as QuestionOfKind<K>;
}

/** The "when" item of a one-off, day-precise event (remarks and other recurring things get none). */
function dateQuestionOf(factId: string): QuestionOfKind<"date"> {
  const q = bank.find((x) => x.kind === "date" && x.factIds[0] === factId);
  if (!q || q.kind !== "date") throw new Error(`no date question for ${factId}`);
  return q;
}

const score = (q: Question, a: Answer) => gradeAnswer(q, a).score;
const correct = (q: Question, a: Answer) => gradeAnswer(q, a).correct;

describe("typed answers: tolerant in form", () => {
  const zone = question(idOf(bank, "sochi-deal-buffer-zone--cloze-quantity"), "cloze");
  it.each([
    "15-20 km",
    "15–20 kilometres",
    "15 to 20 kilometres",
    "15-20",
    "between 15 and 20 km",
    "15 - 20 kilometers",
    "fifteen to twenty kilometres",
  ])("accepts the range written %j", (text) => expect(correct(zone, { kind: "cloze", text })).toBe(true));

  const sochi = dateQuestionOf("sochi-talks");
  it.each([
    "17 September 2018",
    "Sept 17, 2018",
    "2018-09-17",
    "September 17",
    "17th of September, 2018",
    "sep. 17 2018",
    "Monday, 17 September 2018",
  ])("accepts the date written %j", (text) => expect(correct(sochi, { kind: "date", text })).toBe(true));

  const summit = question(idOf(bank, "rouhani-president--cloze-person"), "cloze");
  it.each(["Hassan Rouhani", "hassan rouhani", "Rouhani", "  ROUHANI. "])("accepts the name written %j", (text) =>
    expect(correct(summit, { kind: "cloze", text })).toBe(true),
  );

  it("accepts a name with or without its diacritics, and its aliases", () => {
    const q: QuestionOfKind<"cloze"> = { ...summit, answers: ["Recep Tayyip Erdogan", "Erdogan", "Erdoğan"] };
    for (const text of ["Erdoğan", "Erdogan", "erdoğan", "ERDOGAN", "Recep Tayyip Erdoğan"]) {
      expect(correct(q, { kind: "cloze", text }), text).toBe(true);
    }
  });

  const deaths = question(idOf(bank, "war-deaths-more-than-400000--cloze-quantity"), "cloze");
  it.each([
    "400,000",
    "400000",
    "400 000",
    "400k",
    "400 thousand",
    "more than 400,000",
    "0.4 million",
    "400,000 people",
  ])("accepts the number written %j", (text) => expect(correct(deaths, { kind: "cloze", text })).toBe(true));

  it("accepts a month-precise date in its forms, and a year-less day-precise one", () => {
    const began = question(idOf(bank, "war-began-march-2011--cloze-date"), "cloze");
    for (const text of ["March 2011", "march 2011", "2011-03", "Mar 2011", "March"]) {
      expect(correct(began, { kind: "cloze", text }), text).toBe(true);
    }
  });
});

describe("typed answers: strict in meaning", () => {
  const zone = question(idOf(bank, "sochi-deal-buffer-zone--cloze-quantity"), "cloze");
  it.each(["15-25 km", "10-20 km", "20 km", "15-20 miles", "1520", ""])("rejects %j for 15-20 km", (text) =>
    expect(correct(zone, { kind: "cloze", text })).toBe(false),
  );

  const sochi = dateQuestionOf("sochi-talks");
  it.each(["18 September 2018", "17 September 2017", "September 2018", "2018", "17/09/2018", "17 October 2018"])(
    "rejects %j for 17 September 2018",
    (text) => expect(correct(sochi, { kind: "date", text })).toBe(false),
  );

  it("rejects a more precise date than the text gives", () => {
    const began = question(idOf(bank, "war-began-march-2011--cloze-date"), "cloze");
    expect(correct(began, { kind: "cloze", text: "3 March 2011" })).toBe(false);
    expect(correct(began, { kind: "cloze", text: "2011" })).toBe(false);
  });

  it("rejects another entity, even a close one", () => {
    const summit = question(idOf(bank, "rouhani-president--cloze-person"), "cloze");
    for (const text of ["Vladimir Putin", "Rouhan", "Hassan", "Iran"]) {
      expect(correct(summit, { kind: "cloze", text }), text).toBe(false);
    }
  });

  it("rejects another number", () => {
    const deaths = question(idOf(bank, "war-deaths-more-than-400000--cloze-quantity"), "cloze");
    for (const text of ["360,000", "40,000", "4 million", "400"])
      expect(correct(deaths, { kind: "cloze", text }), text).toBe(false);
  });

  it("scores a choice by its text, case and spacing aside", () => {
    const q = question(idOf(bank, "sochi-talks--single-choice-place"), "single-choice");
    expect(correct(q, { kind: "single-choice", choice: " sochi " })).toBe(true);
    expect(correct(q, { kind: "single-choice", choice: "Tehran" })).toBe(false);
  });

  it("gives nothing for an answer of another kind", () => {
    const q = question(idOf(bank, "sochi-talks--single-choice-place"), "single-choice");
    expect(score(q, { kind: "cloze", text: "Sochi" })).toBe(0);
  });
});

describe("partial credit", () => {
  const q = question(idOf(bank, "tehran-summit--multi-select-participants"), "multi-select");
  const wrong = q.choices.filter((c) => !q.answers.includes(c));

  it("multi-select: right picks minus wrong picks over the number of answers, floored at 0", () => {
    const [a, b, c] = q.answers;
    expect(q.answers).toHaveLength(3);
    expect(score(q, { kind: "multi-select", choices: q.answers })).toBe(1);
    expect(score(q, { kind: "multi-select", choices: [a!, b!] })).toBeCloseTo(2 / 3, 3);
    expect(score(q, { kind: "multi-select", choices: [a!, b!, wrong[0]!] })).toBeCloseTo(1 / 3, 3);
    expect(score(q, { kind: "multi-select", choices: [a!, ...wrong] })).toBe(0);
    expect(correct(q, { kind: "multi-select", choices: [a!, b!, c!, wrong[0]!] })).toBe(false);
    expect(score(q, { kind: "multi-select", choices: q.choices })).toBeLessThan(1);
  });

  it("ordering: the share of pairs in the right relative order", () => {
    const o = question(idOf(bank, "sochi-talks--ordering"), "ordering");
    const [x, y, z] = o.answers;
    expect(o.answers).toHaveLength(3);
    expect(gradeAnswer(o, { kind: "ordering", order: [x!, y!, z!] })).toMatchObject({ correct: true, score: 1 });
    expect(score(o, { kind: "ordering", order: [y!, x!, z!] })).toBeCloseTo(2 / 3, 3);
    expect(score(o, { kind: "ordering", order: [z!, y!, x!] })).toBe(0);
  });

  it("matching: the share of items matched", () => {
    const m = question(idOf(bank, "iran-backs-syrian-government--matching-backing"), "matching");
    const pairs = m.answers.map((a) => {
      const [left, right] = a.split(" → ");
      return { left: left!, right: right! };
    });
    expect(score(m, { kind: "matching", pairs })).toBe(1);
    const swapped = pairs.map((p) => (p.left === "Turkey" ? { ...p, right: "Syrian government" } : p));
    expect(score(m, { kind: "matching", pairs: swapped })).toBeCloseTo((pairs.length - 1) / pairs.length, 3);
  });

  it("returns the right answer, the explanation and the evidence", () => {
    const q1 = question(idOf(bank, "sochi-talks--single-choice-place"), "single-choice");
    const result = gradeAnswer(q1, { kind: "single-choice", choice: "Tehran" });
    expect(result).toEqual({
      correct: false,
      score: 0,
      rightAnswer: ["Sochi"],
      explanation: "Putin and Erdogan held talks in Sochi on 17 September 2018.",
      evidence: [
        {
          article: "fixture-sochi-talks",
          passage: "p1",
          quote: "Vladimir Putin and Recep Tayyip Erdoğan met in Sochi on 17 September 2018",
        },
      ],
    });
  });

  it("grades true-false", () => {
    const t = question(idOf(bank, "iran-backs-syrian-government--true-false-true"), "true-false");
    const f = question(idOf(bank, "sochi-talks--true-false-false"), "true-false");
    expect(correct(t, { kind: "true-false", value: true })).toBe(true);
    expect(correct(f, { kind: "true-false", value: true })).toBe(false);
    expect(correct(f, { kind: "true-false", value: false })).toBe(true);
  });
});

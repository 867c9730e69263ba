// A distractor that the fact base makes true is the worst bug a quiz can have:
// these tests plant one in every way we know and expect it to be caught.
import { describe, expect, it } from "vitest";
import {
  checkBank,
  buildBank,
  settleQuestion,
  truthContext,
  type Question,
  type QuestionOfKind,
} from "@/lib/questions";
import { fixtureCorpus } from "../../fixtures/questions-corpus";
import { idOf } from "../../fixtures/question-keys";

const corpus = fixtureCorpus();
// The generators' drafts (every candidate), so each kind's behaviour can be checked; the chosen bank is tested in bank-quality.
const bank = buildBank(corpus).candidates;

function question<K extends Question["kind"]>(id: string, kind: K): QuestionOfKind<K> {
  const q = bank.find((x) => x.id === id);
  if (!q || q.kind !== kind) throw new Error(`no ${kind} question ${id}`);
  return q as QuestionOfKind<K>;
}

function replaceChoice<Q extends Question>(q: Q, from: string, to: string): Q {
  return { ...q, choices: q.choices.map((c) => (c === from ? to : c)) };
}

function wrongChoice(q: Question): string {
  const wrong = q.choices.find((c) => !q.answers.includes(c));
  if (wrong === undefined) throw new Error(`${q.id} has no wrong choice`);
  return wrong;
}

describe("checkBank catches a planted true distractor", () => {
  it("when the distractor is another backer of the same side", () => {
    // "Which country backs the Syrian government?" with one answer, Russia, and Iran left among the choices.
    const backers = question(idOf(bank, "iran-backs-syrian-government--multi-select-backer"), "multi-select");
    const single: QuestionOfKind<"single-choice"> = {
      ...backers,
      kind: "single-choice",
      prompt: "Which country backs the Syrian government?",
      answers: ["Russia"],
    };
    const problems = checkBank([single], corpus);
    expect(problems).toContainEqual(expect.objectContaining({ code: "true-distractor", questionId: single.id }));
    expect(problems.find((p) => p.code === "true-distractor")?.message).toContain("Iran");
  });

  it("when the distractor names the answer by an alias", () => {
    const q = question(idOf(bank, "turkey-backs-rebels--single-choice-backer"), "single-choice");
    const planted = replaceChoice(q, wrongChoice(q), "Ankara");
    expect(checkBank([planted], corpus).map((p) => p.code)).toContain("true-distractor");
  });

  it("when the distractor is the other source's figure on the same measure", () => {
    const q = question(idOf(bank, "war-deaths-estimated-360000--single-choice-quantity"), "single-choice");
    const planted = replaceChoice(q, wrongChoice(q), "more than 400,000");
    expect(checkBank([planted], corpus).map((p) => p.code)).toContain("true-distractor");
  });

  it("when a true-false statement is marked false", () => {
    const q = question(idOf(bank, "iran-backs-syrian-government--true-false-true"), "true-false");
    expect(checkBank([{ ...q, answers: ["False"] }], corpus).map((p) => p.code)).toContain("answer-not-true");
  });

  it("when a matching offers a second true partner", () => {
    const q = question(idOf(bank, "iran-backs-syrian-government--matching-backing"), "matching");
    const wrong = { ...q, answers: q.answers.map((a) => (a.startsWith("Russia") ? "Russia → Syrian rebels" : a)) };
    expect(checkBank([wrong], corpus).map((p) => p.code)).toContain("answer-not-true");
  });

  it("but not in the generated bank", () => {
    expect(checkBank(bank, corpus)).toEqual([]);
  });
});

describe("checkBank catches the other problems", () => {
  const q = question(idOf(bank, "sochi-talks--single-choice-place"), "single-choice");

  it("a quote that is not verbatim in its passage", () => {
    const bad = {
      ...q,
      evidence: [{ article: "fixture-sochi-talks", passage: "p1", quote: "met in Sochi on 18 September" }],
    };
    expect(checkBank([bad], corpus).map((p) => p.code)).toEqual(["evidence-unverifiable"]);
  });

  it("a question with no evidence", () => {
    expect(checkBank([{ ...q, evidence: [] }], corpus).map((p) => p.code)).toEqual(["no-evidence"]);
  });

  it("an answer that is not among the choices", () => {
    expect(checkBank([{ ...q, answers: ["Moscow"] }], corpus).map((p) => p.code)).toContain("answer-not-in-choices");
  });

  it("a prompt that gives its answer away", () => {
    const bad = { ...q, prompt: "Where in Sochi did Putin and Erdogan hold talks on 17 September 2018?" };
    expect(checkBank([bad], corpus).map((p) => p.code)).toEqual(["giveaway"]);
  });

  it("two identical choices", () => {
    const bad = replaceChoice(q, wrongChoice(q), "sochi");
    expect(checkBank([bad], corpus).map((p) => p.code)).toContain("duplicate-choices");
  });
});

describe("settleQuestion", () => {
  const ctx = truthContext(corpus);
  const backers = question(idOf(bank, "iran-backs-syrian-government--multi-select-backer"), "multi-select");

  it("turns a single-choice question with two true answers into multi-select", () => {
    const single: QuestionOfKind<"single-choice"> = {
      ...backers,
      kind: "single-choice",
      prompt: "Which country backs the Syrian government?",
      answers: ["Russia"],
    };
    const settled = settleQuestion(single, ctx);
    expect("question" in settled).toBe(true);
    if (!("question" in settled)) return;
    expect(settled.question.kind).toBe("multi-select");
    expect([...settled.question.answers].sort()).toEqual(["Iran", "Russia"]);
    expect(settled.question.prompt).toBe("Which country backs the Syrian government? Select all that apply.");
  });

  it("drops a question left with fewer than two false choices", () => {
    const thin: QuestionOfKind<"single-choice"> = {
      ...backers,
      kind: "single-choice",
      choices: ["Russia", "Iran", "Germany"],
      answers: ["Russia"],
    };
    expect(settleQuestion(thin, ctx)).toEqual({ dropped: expect.stringContaining("fewer than two") });
  });

  it("drops a date question whose choices hold two true dates", () => {
    const q = question(idOf(bank, "sochi-talks--date-date"), "date");
    const meetingAgain = {
      ...corpus,
      facts: corpus.facts.map((f) => (f.id === "tehran-summit" ? { ...f, place: "sochi" } : f)),
    };
    const choices = [...new Set([...q.choices, "7 September 2018"])];
    expect(settleQuestion({ ...q, choices }, truthContext(meetingAgain))).toEqual({
      dropped: "several choices are true dates",
    });
  });

  it("ignores rejected facts: the rejected 'Turkey backs the Syrian government' neither answers nor blocks", () => {
    const single: QuestionOfKind<"single-choice"> = {
      ...backers,
      kind: "single-choice",
      choices: ["Russia", "Turkey", "Germany", "United States"],
      answers: ["Russia"],
    };
    const settled = settleQuestion(single, ctx);
    expect("question" in settled && settled.question.answers).toEqual(["Russia"]);
  });
});

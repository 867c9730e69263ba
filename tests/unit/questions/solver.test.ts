import { describe, expect, it } from "vitest";
import { gradeAnswer, type Question } from "@/lib/questions";
import { chanceScore, solveQuestion, solverReport, solverScore } from "@/lib/questions/solver";

/** A four-option single-choice item; the key at `at`. */
function single(i: number, options: string[], at: number, prompt = "Which city hosted the talks?"): Question {
  const choices = [...options];
  return {
    id: `q${i}`,
    kind: "single-choice",
    topic: "summit",
    prompt,
    choices,
    answers: [choices[at] ?? ""],
    factIds: ["f"],
    status: "reviewed",
    difficulty: 0.5,
    articles: [],
    evidence: [],
    explanation: "x",
  };
}

const CITIES = [
  "Sochi",
  "Tehran",
  "Astana",
  "Geneva",
  "Moscow",
  "Ankara",
  "Berlin",
  "Paris",
  "Vienna",
  "Doha",
  "Riyadh",
  "Cairo",
];

describe("the test-wise solver", () => {
  it("scores near chance on a bank whose keys sit anywhere and share nothing with the stem", () => {
    const bank = Array.from({ length: 200 }, (_, i) => {
      const options = [0, 1, 2, 3].map((k) => CITIES[(i * 5 + k * 3) % CITIES.length] ?? "");
      return single(i, options, (i * 7) % 4);
    });
    const [row] = solverReport(bank);
    expect(row?.chance).toBeCloseTo(0.25, 5);
    expect(Math.abs((row?.solver ?? 0) - 0.25)).toBeLessThan(0.1);
  });

  it("scores high on a bank whose key repeats the stem's words", () => {
    const bank = Array.from({ length: 50 }, (_, i) =>
      single(
        i,
        [
          "Troops were sent to the border",
          "The summit ended without a deal",
          "The presidents agreed a demilitarised zone around Idlib",
          "Refugees crossed into Turkey",
        ],
        2,
        "Which sentence supports this statement? The presidents agreed to create a demilitarised zone around Idlib.",
      ),
    );
    const [row] = solverReport(bank);
    expect(row?.solver).toBeGreaterThan(0.9);
  });

  it("picks the lowest of nested 'more than' options", () => {
    const q = single(
      1,
      ["more than 60", "more than 30", "more than 50", "more than 40"],
      1,
      "How many civilians were killed?",
    );
    expect(gradeAnswer(q, solveQuestion(q)).score).toBe(1);
  });

  it("computes chance exactly for select-all, ordering and true/false", () => {
    const base = {
      topic: "event" as const,
      factIds: ["f"],
      status: "reviewed" as const,
      difficulty: 0.5,
      articles: [] as string[],
      evidence: [] as Question["evidence"],
      explanation: "x",
    };
    const multi: Question = {
      ...base,
      id: "m",
      kind: "multi-select",
      prompt: "Which?",
      choices: ["a", "b", "c", "d"],
      answers: ["a", "b"],
    };
    // Random subsets of 4 with 2 keys: E[max(0, right - wrong)] / 2 = 5/16 / 2... computed by enumeration.
    let total = 0;
    for (let mask = 0; mask < 16; mask++) {
      const right = (mask & 1) + ((mask >> 1) & 1);
      const wrong = ((mask >> 2) & 1) + ((mask >> 3) & 1);
      total += Math.max(0, right - wrong) / 2;
    }
    expect(chanceScore(multi)).toBeCloseTo(total / 16, 10);
    const ordering: Question = {
      ...base,
      id: "o",
      kind: "ordering",
      prompt: "Order",
      choices: ["a", "b", "c"],
      answers: ["a", "b", "c"],
      dates: [],
    };
    expect(chanceScore(ordering)).toBeCloseTo(0.5, 10);
    const tf: Question = {
      ...base,
      id: "t",
      kind: "true-false",
      prompt: "True or false? x",
      statement: "x",
      choices: ["True", "False"],
      answers: ["True"],
    };
    expect(chanceScore(tf)).toBe(0.5);
  });

  it("answers the same bank the same way every time", () => {
    const q = single(3, ["Sochi", "Tehran", "Astana", "Geneva"], 0);
    expect(solveQuestion(q)).toEqual(solveQuestion(structuredClone(q)));
  });

  it("scores a matching item with fewer rights than lefts at its exact expectation, not a run of coins", () => {
    const q: Question = {
      id: "match-sides",
      kind: "matching",
      topic: "backing",
      prompt: "Match each country to the side it backs.",
      left: ["Turkey", "Iran", "Russia"],
      right: ["Syrian government", "Syrian rebels"],
      choices: [],
      answers: ["Turkey → Syrian rebels", "Iran → Syrian government", "Russia → Syrian government"],
      factIds: ["f"],
      status: "reviewed",
      difficulty: 0.5,
      articles: [],
      evidence: [],
      explanation: "x",
    };
    // No left shares a word with any right: every pick is a fair coin between two.
    expect(solverScore(q)).toBe(0.5);
  });
});

describe("when a kind leaks", () => {
  it("needs more than 10 points over chance and more than two standard errors", async () => {
    const { leaks } = await import("@/lib/questions/lint/targets");
    const row = (n: number, solver: number, chance: number) => ({
      kind: "multi-select" as const,
      n,
      solver,
      chance,
      difference: solver - chance,
    });
    expect(leaks(row(4, 0.333, 0.138))).toBe(false);
    expect(leaks(row(40, 0.333, 0.138))).toBe(true);
    expect(leaks(row(30, 0.9, 0.25))).toBe(true);
    expect(leaks(row(400, 0.3, 0.25))).toBe(false);
  });
});

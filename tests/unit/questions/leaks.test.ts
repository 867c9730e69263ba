// Items that give their answers away (issue 11), on an invented story of two made-up
// countries and a lake: each mechanism that removes a cue, and the solver that finds cues.
import { describe, expect, it } from "vitest";
import { buildBank, gradeAnswer, type Question } from "@/lib/questions";
import { asksFor } from "@/lib/questions/asks";
import { createContext } from "@/lib/questions/context";
import {
  copies,
  evidenceForFact,
  keyForms,
  overlapIsFair,
  pickLookalikes,
  restatements,
} from "@/lib/questions/kinds/evidence";
import { matchedByWords } from "@/lib/questions/kinds/matching";
import { lintQuestion } from "@/lib/questions/lint";
import { antecedentless } from "@/lib/questions/lint/broken-text";
import { contentWords, overlap } from "@/lib/questions/lint/words";
import { evidenceSentenceWithLead } from "@/lib/questions/evidence";
import { parallelPick, placeAmong, shapeDistance } from "@/lib/questions/parallel";
import { solveQuestion, solverReport, solverScore } from "@/lib/questions/solver";
import { meetingVerb, partyQuestion } from "@/lib/questions/wording";
import { lakeCorpus } from "../../fixtures/lake-corpus";

const corpus = lakeCorpus();
const ctx = createContext(corpus);
const fact = (id: string) => {
  const f = ctx.index.byId.get(id);
  if (!f) throw new Error(`no fact ${id}`);
  return f;
};
const { candidates } = buildBank(corpus);
const evidenceItems = candidates.filter((q): q is Question & { kind: "evidence" } => q.kind === "evidence");

describe("evidence items: the statement in our words, wrong sentences that share its words", () => {
  it("states the fact from its fields, not as a copy of the key", () => {
    expect(evidenceItems.length).toBeGreaterThan(0);
    for (const q of evidenceItems) {
      const f = fact(q.factIds[0] ?? "");
      expect(restatements(ctx, f, asksFor(ctx, f)), q.id).toContain(q.statement);
      expect(copies(q.statement, q.answers[0] ?? ""), q.statement).toBe(false);
    }
    const accord = evidenceItems.find((q) => q.factIds.includes("orvo-accord-signed"));
    expect(accord?.statement).toBe("Kestria and Varnia signed the Orvo accord.");
    expect(accord?.answers[0]).toMatch(/^Ministers of Kestria and Varnia put their names to the Orvo accord/);
  });

  it("has no word-overlap cue and no key that opens on an unseen antecedent", () => {
    for (const q of evidenceItems) {
      const codes = lintQuestion(q, ctx).map((f) => f.code);
      expect(codes, q.id).not.toContain("word-overlap-cue");
      expect(antecedentless(q.answers[0] ?? ""), q.id).toBeUndefined();
    }
  });

  it("shows a key that opens on 'But she' with the sentence before it, which names her", () => {
    const [marrow] = fact("marrow-rejected-draining").evidence;
    const forms = marrow ? keyForms(ctx, marrow) : [];
    expect(forms[0]).toBe("But she rejected any plan to drain the lake for farming.");
    expect(antecedentless(forms[0] ?? "")).toBe("But she");
    expect(forms[1]).toMatch(/^Kestrian Foreign Minister Ilse Marrow said .* But she rejected/);
    expect(antecedentless(forms[1] ?? "")).toBeUndefined();
  });

  it("makes no item where the right sentence stands out however the wrong ones are chosen", () => {
    // "Kestria sent 40 engineers…" is the only sentence about engineers or measuring.
    const f = fact("kestria-engineers");
    expect(evidenceForFact(ctx, f, asksFor(ctx, f))).toBeUndefined();
  });

  it("puts the key anywhere among the wrong sentences in how many stem words they share", () => {
    const stem = "Which sentence supports this statement? Norland and Sudmark agreed to share the river water.";
    const key = "Norland and Sudmark leaders agreed on the river.";
    const pool = [
      "Norland farmers use the river for their fields.",
      "Sudmark fishermen say the river is shrinking.",
      "Norland and Sudmark share a long border along the river.",
      "Norland and Sudmark agreed to share the river water in full, officials said.",
      "Rain was heavy in the hills.",
      "Markets opened late on Monday.",
      "Norland troops stayed in their barracks.",
    ];
    const stemWords = contentWords(stem);
    const shared = (s: string) => overlap(contentWords(s), stemWords);
    const above = new Set<number>();
    for (let i = 0; i < 40; i++) {
      const wrong = pickLookalikes(stem, key, pool, `seed-${i}`);
      expect(wrong).toHaveLength(3);
      above.add(wrong.filter((w) => shared(w) > shared(key)).length);
    }
    // Not always the best match (the copy's cue), and not always the worst (its mirror).
    expect(above.has(0)).toBe(true);
    expect([...above].some((n) => n > 0)).toBe(true);
  });

  it("calls a choice set unfair when the key shares two or more words more than any wrong sentence", () => {
    const stem = "Supports? Norland and Sudmark agreed to share the river water.";
    const key = "Norland and Sudmark agreed to share the river water.";
    expect(overlapIsFair(stem, key, [key, "Rain fell.", "Norland troops waited.", "Markets opened."])).toBe(false);
    expect(
      overlapIsFair(stem, key, [key, "Norland and Sudmark agreed to share the river.", "Sudmark water.", "Rain fell."]),
    ).toBe(true);
  });
});

describe("multi-select and matching options in parallel", () => {
  it("gives each key a wrong option of its own length and shape", () => {
    const keys = ["Bartholomew Ezenwa Okafor", "Ann Li"];
    const pool = ["Tom Ng", "Lu Xi", "Jo Park", "Maximilian Oduya Fairweather", "Kim Bo", "Ed Roe"];
    const picked = parallelPick(keys, pool, 3);
    expect(picked).toContain("Maximilian Oduya Fairweather");
    expect(picked).toHaveLength(3);
    // The longest option is no longer always a key.
    const longest = [...keys, ...picked].sort((a, b) => b.length - a.length)[0];
    expect(longest).toBe("Maximilian Oduya Fairweather");
    expect(shapeDistance("Ann Li", "Tom Ng")).toBeLessThan(shapeDistance("Ann Li", "Maximilian Oduya Fairweather"));
  });

  it("drops a matching pair whose left shares a word with its own right only", () => {
    expect(matchedByWords("Kestria", "Kestria coast guard", ["Kestria coast guard", "fishing cooperatives"])).toBe(
      true,
    );
    expect(matchedByWords("Kestria", "lakeside farmers", ["lakeside farmers", "fishing cooperatives"])).toBe(false);
    const matching = candidates.filter((q) => q.kind === "matching");
    for (const q of matching) {
      if (q.kind !== "matching") continue;
      for (const answer of q.answers) {
        const [left, right] = answer.split(" → ");
        expect(matchedByWords(left ?? "", right ?? "", q.right), answer).toBe(false);
      }
    }
  });

  it("words a question for several parties in the plural", () => {
    expect(partyQuestion("Under the Orvo accord", "open the border crossings", "which countries")).toBe(
      "Under the Orvo accord, which countries were to open the border crossings?",
    );
    expect(partyQuestion("Under the Orvo accord", "open the border crossings", "which country")).toBe(
      "Under the Orvo accord, which country was to open the border crossings?",
    );
  });
});

describe("the test-wise solver reads the surface only", () => {
  const base = {
    topic: "event" as const,
    status: "reviewed" as const,
    difficulty: 0.5,
    articles: [] as string[],
    evidence: [] as Question["evidence"],
    explanation: "x",
    factIds: ["f"],
  };
  const multi = (id: string, answers: string[]): Question => ({
    ...base,
    id,
    kind: "multi-select",
    prompt: "Who took part in the talks in Pell? Select all that apply.",
    // Alike in length and shape, sharing nothing with the stem: no cue to read.
    choices: ["Ann Vell", "Tom Oder", "Pia Lund", "Eve Marr"],
    answers,
  });

  it("answers the same whatever the key: it never sees the answers, facts or evidence", () => {
    const a = multi("same-id", ["Ann Vell", "Tom Oder"]);
    const b = { ...multi("same-id", ["Pia Lund", "Eve Marr"]), factIds: ["g"], explanation: "y" };
    expect(solveQuestion(a)).toEqual(solveQuestion(b));
    const evidence = evidenceItems[0];
    if (evidence) {
      const moved = { ...evidence, answers: [evidence.choices.find((c) => c !== evidence.answers[0]) ?? ""] };
      expect(solveQuestion(moved)).toEqual(solveQuestion(evidence));
    }
  });

  it("scores a cue-free select-all bank near chance, its ties being coins and not one lucky toss", () => {
    const bank = Array.from({ length: 60 }, (_, i) =>
      multi(
        `q${i}`,
        [
          ["Ann Vell", "Tom Oder"],
          ["Pia Lund", "Eve Marr"],
          ["Tom Oder", "Pia Lund"],
        ][i % 3] ?? [],
      ),
    );
    const [row] = solverReport(bank);
    expect(Math.abs((row?.solver ?? 0) - (row?.chance ?? 0))).toBeLessThan(0.1);
    // An item's score is the mean over its coins: some items fall between the worst and the best toss.
    expect(bank.some((q) => solverScore(q) > 0 && solverScore(q) < 1)).toBe(true);
    const q = bank[0] as Question;
    expect([0, 1]).toContain(gradeAnswer(q, solveQuestion(q)).score);
  });
});

describe("dates, cloze sentences, contested figures and wording", () => {
  it("places the key among nearby dates at a hashed rank, not always in the middle", () => {
    const pool = [1, 2, 3, 4, 6, 7, 8, 9];
    expect(placeAmong(5, pool, (d) => d, 3, 0)).toEqual([4, 3, 2]);
    expect(placeAmong(5, pool, (d) => d, 3, 3)).toEqual([6, 7, 8]);
    expect(placeAmong(5, pool, (d) => d, 3, 1)).toEqual([6, 4, 3]);
    // Too few on one side: the rest come from the other.
    expect(placeAmong(5, [1, 2, 3, 9], (d) => d, 3, 3)).toEqual([9, 3, 2]);
    const dates = candidates.filter((q) => q.kind === "date");
    for (const q of dates) expect(q.choices).toHaveLength(4);
  });

  it("shows a cloze sentence that opens on 'But she' after the sentence that names her", () => {
    const [marrow] = fact("marrow-rejected-draining").evidence;
    const led = marrow && evidenceSentenceWithLead(ctx.index.articles, marrow, (s) => !!antecedentless(s));
    expect(led?.sentence).toMatch(/^Kestrian Foreign Minister Ilse Marrow said .* But she rejected/);
    expect(led && led.sentence.slice(led.quoteStart)).toMatch(/^But she rejected/);
    for (const q of candidates) if (q.kind === "cloze") expect(antecedentless(q.text), q.text).toBeUndefined();
  });

  it("says whose figure a cloze gives where the reports disagree", () => {
    const engineers = candidates.filter((q) => q.kind === "cloze" && q.factIds.includes("kestria-engineers"));
    expect(engineers.length).toBeGreaterThan(0);
    for (const q of engineers)
      expect(q.prompt).toBe("Fill in the blank with a number, as the Lake Wire report gives it.");
    for (const q of engineers)
      expect(lintQuestion(q, ctx).map((f) => f.code)).not.toContain("unattributed-contested-claim");
  });

  it("launches a process and holds a summit, and lists a meeting as a sentence", () => {
    expect(meetingVerb("negotiations process")).toEqual({ base: "launch", past: "launched" });
    expect(meetingVerb("three-way summit")).toEqual({ base: "hold", past: "held" });
  });

  it("asks a fact nothing can be swapped in as its own statement, true", () => {
    const marrowTf = candidates.filter(
      (q) => q.kind === "true-false" && q.factIds.includes("marrow-rejected-draining"),
    );
    expect(marrowTf.map((q) => [q.prompt, q.answers])).toEqual([
      ["True or false? Marrow rejected any plan to drain the lake for farming.", ["True"]],
    ]);
  });
});

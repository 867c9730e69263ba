// One bad item per flaw code, each with a good twin that must not be flagged with it.
import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/questions";
import { createContext } from "@/lib/questions/context";
import { FLAW_CODES, lintBank, lintQuestion, type FlawCode } from "@/lib/questions/lint";
import { factSchema, type Fact } from "@/lib/facts/schema";
import { fixtureCorpus } from "../../fixtures/questions-corpus";

const corpus = fixtureCorpus();
const ev = { article: "fixture-sochi-talks", passage: "p1", quote: "Vladimir Putin" };
const extra: Fact[] = [
  {
    id: "turkey-called-for-ceasefire",
    kind: "event",
    statement: "Turkey repeatedly called for a ceasefire in Idlib in September 2018.",
    date: { on: "2018-09-01", precision: "month" },
    what: "Turkey repeatedly called for a ceasefire in Idlib",
    actors: ["turkey"],
    evidence: [ev],
  },
  {
    id: "putin-erdogan-phone-calls",
    kind: "figure",
    statement: "Putin and Erdogan spoke by phone 12 times in 2019.",
    quantity: { min: 12, max: 12, qualifier: "exact", unit: "calls" },
    counts: "phone calls between Putin and Erdogan in 2019",
    measure: "putin-erdogan-phone-calls-2019",
    evidence: [ev],
  },
].map((f) => factSchema.parse(f));
corpus.facts.push(...extra);
const ctx = createContext(corpus);

const base = {
  topic: "event" as const,
  status: "reviewed" as const,
  difficulty: 0.5,
  articles: [] as string[],
  evidence: [] as Question["evidence"],
  explanation: "x",
};

function single(
  over: Partial<Question & { kind: "single-choice" }> & { choices: string[]; answers: string[]; factIds: string[] },
): Question {
  return { ...base, id: "sc", kind: "single-choice", prompt: "Which one?", ...over };
}
function trueFalse(
  statement: string,
  answer: "True" | "False",
  factIds: string[],
  claim?: Question & { kind: "true-false" } extends { claim?: infer C } ? C : never,
): Question {
  return {
    ...base,
    id: `tf-${answer}`,
    kind: "true-false",
    prompt: `True or false? ${statement}`,
    statement,
    choices: ["True", "False"],
    answers: [answer],
    factIds,
    ...(claim ? { claim } : {}),
  };
}
function evidenceItem(statement: string, choices: string[], key: string, factIds: string[], quote: string): Question {
  return {
    ...base,
    id: "ev",
    kind: "evidence",
    prompt: `Which sentence supports this statement? ${statement}`,
    statement,
    choices,
    answers: [key],
    factIds,
    evidence: [{ article: "fixture-sochi-talks", passage: "p2", quote }],
  };
}

const codes = (q: Question) => lintQuestion(q, ctx).map((f) => f.code);

/** Each code: an item that has the flaw, and its twin that does not. */
// Bank-level flaws (mirrors, give-aways) need two items: tested on their own below.
const cases: Record<Exclude<FlawCode, "true-false-mirror" | "gives-away">, { bad: Question; good: Question }> = {
  "wrong-or-ambiguous-key": {
    bad: single({
      prompt: "Which country backs the Syrian government?",
      choices: ["Russia", "Iran", "Turkey", "United States"],
      answers: ["Russia"],
      factIds: ["russia-backs-syrian-government"],
      probe: { claim: { type: "backs", backer: "russia", backed: "syrian-government" }, slot: "backer" },
    }),
    good: single({
      prompt: "Which country backs the Syrian rebels?",
      choices: ["Turkey", "Russia", "Iran", "Syria"],
      answers: ["Turkey"],
      factIds: ["turkey-backs-rebels"],
      probe: { claim: { type: "backs", backer: "turkey", backed: "syrian-rebels" }, slot: "backer" },
    }),
  },
  "unsupported-key": {
    bad: {
      ...base,
      id: "u1",
      kind: "date",
      prompt: "When did Lavrov speak in Berlin about the coming offensive?",
      choices: ["14 September 2018", "17 September 2018"],
      answers: ["14 September 2018"],
      factIds: ["lavrov-spoke-in-berlin"],
      date: { on: "2018-09-14", precision: "day" },
      evidence: [{ ...ev, quote: "Lavrov said Moscow would keep bombing militant targets." }],
    },
    good: {
      ...base,
      id: "u2",
      kind: "date",
      prompt: "When did Lavrov speak in Berlin about the coming offensive?",
      choices: ["14 September 2018", "17 September 2018"],
      answers: ["14 September 2018"],
      factIds: ["lavrov-spoke-in-berlin"],
      date: { on: "2018-09-14", precision: "day" },
      evidence: [{ ...ev, quote: "Speaking in Berlin on September 14, Lavrov said Moscow would keep bombing." }],
    },
  },
  "recurring-event-dating": {
    bad: {
      ...base,
      id: "d1",
      kind: "date",
      prompt: "When did Turkey repeatedly call for a ceasefire in Idlib?",
      choices: ["September 2018", "March 2020"],
      answers: ["September 2018"],
      factIds: ["turkey-called-for-ceasefire"],
      date: { on: "2018-09-01", precision: "month" },
    },
    good: {
      ...base,
      id: "d2",
      kind: "date",
      prompt: "When did Lavrov speak in Berlin about the coming offensive?",
      choices: ["14 September 2018", "17 September 2018"],
      answers: ["14 September 2018"],
      factIds: ["lavrov-spoke-in-berlin"],
      date: { on: "2018-09-14", precision: "day" },
    },
  },
  "incomplete-participant-key": {
    bad: {
      ...base,
      id: "m1",
      kind: "multi-select",
      prompt: "Who took part in the talks in Sochi on 17 September 2018? Select all that apply.",
      choices: ["Vladimir Putin", "Recep Tayyip Erdogan", "Dmitry Peskov", "Hassan Rouhani"],
      answers: ["Vladimir Putin", "Recep Tayyip Erdogan"],
      factIds: ["sochi-talks"],
      probe: {
        claim: {
          type: "meeting",
          participants: ["vladimir-putin"],
          place: "sochi",
          date: { on: "2018-09-17", precision: "day" },
        },
        slot: "participants",
      },
    },
    good: {
      ...base,
      id: "m2",
      kind: "multi-select",
      prompt: "Who took part in the talks in Sochi on 17 September 2018? Select all that apply.",
      // People of countries not at the talks: a Russian minister might have sat in Russia's delegation.
      choices: ["Vladimir Putin", "Recep Tayyip Erdogan", "Bashar al-Assad", "Hassan Rouhani"],
      answers: ["Vladimir Putin", "Recep Tayyip Erdogan"],
      factIds: ["sochi-talks"],
      probe: {
        claim: {
          type: "meeting",
          participants: ["vladimir-putin"],
          place: "sochi",
          date: { on: "2018-09-17", precision: "day" },
        },
        slot: "participants",
      },
    },
  },
  "nested-qualifier-options": {
    bad: single({
      prompt: "How many people has the war killed, according to the monitors?",
      choices: ["more than 400,000", "more than 500,000", "more than 600,000", "more than 700,000"],
      answers: ["more than 400,000"],
      factIds: ["war-deaths-more-than-400000"],
    }),
    good: single({
      prompt: "How many people has the war killed, according to the monitors?",
      choices: ["more than 400,000", "about 100,000", "about 50,000", "fewer than 10,000"],
      answers: ["more than 400,000"],
      factIds: ["war-deaths-more-than-400000"],
    }),
  },
  "unattributed-contested-claim": {
    bad: {
      ...base,
      id: "c1",
      kind: "cloze",
      prompt: "Fill in the blank with a number.",
      text: "An estimated _____ people have died in the war.",
      answerType: "quantity",
      choices: [],
      answers: ["360,000"],
      factIds: ["war-deaths-estimated-360000"],
    },
    good: {
      ...base,
      id: "c2",
      kind: "cloze",
      prompt: "Fill in the blank with a number.",
      text: "An estimated _____ people have died in the war, according to another count.",
      answerType: "quantity",
      choices: [],
      answers: ["360,000"],
      factIds: ["war-deaths-estimated-360000"],
    },
  },
  "truncated-text": {
    bad: trueFalse("Russia and Iran are key allies of Syrian President Bashar al-Assad's", "True", [
      "russia-backs-syrian-government",
    ]),
    good: trueFalse("Russia and Iran are key allies of Syrian President Bashar al-Assad's government.", "True", [
      "russia-backs-syrian-government",
    ]),
  },
  "missing-antecedent": {
    bad: trueFalse("It backs the government in Damascus.", "True", ["russia-backs-syrian-government"]),
    good: trueFalse("Russia backs the government in Damascus.", "True", ["russia-backs-syrian-government"]),
  },
  "word-overlap-cue": {
    bad: evidenceItem(
      "The two presidents agreed to set up a demilitarised zone 15-20 km wide by 15 October 2018.",
      [
        "The two presidents agreed to set up a demilitarised zone 15-20 km wide by 15 October 2018.",
        "Russia and Iran back the government in Damascus.",
        "Turkey backs the rebel fighters in the north.",
        "Foreign Minister Sergei Lavrov said Moscow would protect civilians.",
      ],
      "The two presidents agreed to set up a demilitarised zone 15-20 km wide by 15 October 2018.",
      ["sochi-deal-buffer-zone"],
      "agreed to set up a demilitarised zone 15-20 km wide by 15 October 2018",
    ),
    good: evidenceItem(
      "Under the Sochi deal, a buffer area was due within a month.",
      [
        "The two presidents agreed to set up a demilitarised zone 15-20 km wide by 15 October 2018.",
        "Transport routes through the province must reopen by 31 December 2018.",
        "Vladimir Putin and Recep Tayyip Erdoğan met in Sochi on 17 September 2018 for talks on Idlib.",
        "Foreign Minister Sergei Lavrov said Moscow would protect civilians.",
      ],
      "The two presidents agreed to set up a demilitarised zone 15-20 km wide by 15 October 2018.",
      ["sochi-deal-buffer-zone"],
      "agreed to set up a demilitarised zone 15-20 km wide by 15 October 2018",
    ),
  },
  "stem-giveaway-word": {
    bad: single({
      prompt: "Who is Iran's President?",
      choices: ["Hassan Rouhani", "Vladimir Putin", "Sergei Lavrov", "Dmitry Peskov"],
      answers: ["Hassan Rouhani"],
      factIds: ["rouhani-president"],
    }),
    good: single({
      prompt: "Who hosted the three-way summit?",
      choices: ["Hassan Rouhani", "Vladimir Putin", "Recep Tayyip Erdogan", "Bashar al-Assad"],
      answers: ["Hassan Rouhani"],
      factIds: ["tehran-summit"],
    }),
  },
  "swapped-date": {
    bad: trueFalse("Putin and Erdogan held talks in Sochi on 7 September 2018.", "False", ["sochi-talks"], {
      type: "meeting",
      participants: ["vladimir-putin", "recep-tayyip-erdogan"],
      place: "sochi",
      date: { on: "2018-09-07", precision: "day" },
    }),
    good: trueFalse("Putin and Erdogan held talks in Sochi on 17 September 2018.", "True", ["sochi-talks"], {
      type: "meeting",
      participants: ["vladimir-putin", "recep-tayyip-erdogan"],
      place: "sochi",
      date: { on: "2018-09-17", precision: "day" },
    }),
  },
  "absurd-distractor": {
    bad: trueFalse("Germany backs the Syrian government.", "False", ["iran-backs-syrian-government"], {
      type: "backs",
      backer: "germany",
      backed: "syrian-government",
    }),
    good: trueFalse("Turkey backs the Syrian government.", "False", ["turkey-backs-rebels"], {
      type: "backs",
      backer: "turkey",
      backed: "syrian-government",
    }),
  },
  "machine-template": {
    bad: single({
      prompt: "What figure do the articles give for people living in Idlib?",
      choices: ["about 3 million", "about 1 million"],
      answers: ["about 3 million"],
      factIds: ["idlib-population"],
    }),
    good: single({
      prompt: "About how many people live in Idlib province?",
      choices: ["about 3 million", "about 1 million"],
      answers: ["about 3 million"],
      factIds: ["idlib-population"],
    }),
  },
  "trivia-target": {
    bad: {
      ...base,
      id: "t1",
      kind: "cloze",
      prompt: "Fill in the blank with a number.",
      text: "Putin and Erdogan spoke by phone _____ times in 2019.",
      answerType: "quantity",
      choices: [],
      answers: ["12"],
      factIds: ["putin-erdogan-phone-calls"],
    },
    good: {
      ...base,
      id: "t2",
      kind: "cloze",
      prompt: "Fill in the blank with a number.",
      text: "Some _____ people live in Idlib province.",
      answerType: "quantity",
      choices: [],
      answers: ["3 million"],
      factIds: ["idlib-population"],
    },
  },
};

describe("lintQuestion", () => {
  for (const [code, { bad, good }] of Object.entries(cases)) {
    it(`finds ${code} in the bad item and not in its good twin`, () => {
      expect(codes(bad)).toContain(code);
      expect(codes(good)).not.toContain(code);
    });
  }

  it("has a case for every code (the mirror is tested on a bank)", () => {
    expect(Object.keys(cases).sort()).toEqual(
      FLAW_CODES.filter((c) => c !== "true-false-mirror" && c !== "gives-away").sort(),
    );
  });

  it("calls a distractor that is also true serious, and machine English moderate", () => {
    expect(
      lintQuestion(cases["wrong-or-ambiguous-key"].bad, ctx).find((f) => f.code === "wrong-or-ambiguous-key")?.severity,
    ).toBe("serious");
    expect(lintQuestion(cases["machine-template"].bad, ctx).find((f) => f.code === "machine-template")?.severity).toBe(
      "moderate",
    );
  });

  it("counts a peripheral fact's numbers as trivia, reading importance when the fact has it", () => {
    const good = cases["trivia-target"].good;
    const peripheral = createContext({
      ...corpus,
      facts: corpus.facts.map((f) =>
        f.id === "idlib-population" ? Object.assign(structuredClone(f), { importance: "peripheral" }) : f,
      ),
    });
    expect(lintQuestion(good, peripheral).map((f) => f.code)).toContain("trivia-target");
  });

  it("flags a false deadline that the real, earlier deadline makes true", () => {
    const q = trueFalse(
      "The demilitarised zone was to be set up by 31 December 2018.",
      "False",
      ["sochi-deal-buffer-zone"],
      {
        type: "deal",
        agreement: "sochi-agreement",
        requires: "set up a demilitarised zone",
        deadline: { on: "2018-12-31", precision: "day" },
      },
    );
    expect(codes(q)).toContain("wrong-or-ambiguous-key");
  });
});

describe("lintQuestion, tuned on the seed bank", () => {
  const ordering = (dates: string[]): Question => ({
    ...base,
    id: "o",
    kind: "ordering",
    prompt: "Put these in the order they happened, earliest first.",
    choices: dates.map((d) => `Something happened on ${d}`),
    answers: dates.map((d) => `Something happened on ${d}`),
    factIds: ["war-began-march-2011"],
    dates: dates.map((on) => ({ on, precision: "day" as const })),
  });

  it("calls an ordering of days a week apart trivia, and one across years not", () => {
    expect(codes(ordering(["2018-09-07", "2018-09-14", "2018-09-17"]))).toContain("trivia-target");
    expect(codes(ordering(["2011-03-15", "2018-09-17", "2020-03-05"]))).not.toContain("trivia-target");
  });

  it("calls the day of a remark trivia, and the day of a summit not", () => {
    const remark: Question = {
      ...base,
      id: "r",
      kind: "date",
      prompt: "When did Lavrov speak in Berlin about the coming offensive?",
      choices: ["14 September 2018", "17 September 2018"],
      answers: ["14 September 2018"],
      factIds: ["lavrov-spoke-in-berlin"],
      date: { on: "2018-09-14", precision: "day" },
    };
    const summit: Question = {
      ...remark,
      id: "s",
      prompt: "When did the war begin?",
      choices: ["March 2011", "March 2012"],
      answers: ["March 2011"],
      factIds: ["war-began-march-2011"],
      date: { on: "2011-03-01", precision: "month" },
    };
    expect(codes(remark)).toContain("trivia-target");
    expect(codes(summit)).not.toContain("trivia-target");
  });

  it("flags an evidence key that names nobody the statement is about, but not one that names them by country", () => {
    const quote = "agreed to set up a demilitarised zone 15-20 km wide by 15 October 2018";
    const others = [
      "Russia and Iran back the government in Damascus.",
      "Turkey backs the rebel fighters in the north.",
    ];
    const bare = evidenceItem(
      "Putin said a zone would be set up.",
      ["They agreed to set up a demilitarised zone 15-20 km wide by 15 October 2018.", ...others],
      "They agreed to set up a demilitarised zone 15-20 km wide by 15 October 2018.",
      ["sochi-deal-buffer-zone"],
      quote,
    );
    const titled = evidenceItem(
      "Putin said a zone would be set up.",
      ["The Russian president agreed to set up a demilitarised zone 15-20 km wide by 15 October 2018.", ...others],
      "The Russian president agreed to set up a demilitarised zone 15-20 km wide by 15 October 2018.",
      ["sochi-deal-buffer-zone"],
      quote,
    );
    expect(codes(bare)).toContain("missing-antecedent");
    expect(codes(titled)).not.toContain("missing-antecedent");
  });

  it("calls an evidence key serious when the statement gives a number the key does not", () => {
    const key = "The two presidents agreed to set up a demilitarised zone 15-20 km wide by 15 October 2018.";
    const quote = "agreed to set up a demilitarised zone 15-20 km wide by 15 October 2018";
    const choices = [
      key,
      "Russia and Iran back the government in Damascus.",
      "Turkey backs the rebel fighters in the north.",
    ];
    const overstated = evidenceItem(
      "The presidents agreed a 15-20 km zone, patrolled by 300 troops.",
      choices,
      key,
      ["sochi-deal-buffer-zone"],
      quote,
    );
    const supported = evidenceItem(
      "The presidents agreed a 15-20 km zone within a month.",
      choices,
      key,
      ["sochi-deal-buffer-zone"],
      quote,
    );
    expect(lintQuestion(overstated, ctx).find((f) => f.code === "wrong-or-ambiguous-key")?.severity).toBe("serious");
    expect(codes(supported)).not.toContain("wrong-or-ambiguous-key");
  });

  it('reads "This year, …" as a time that needs its year, and "This …" as pointing back', () => {
    expect(codes(trueFalse("This year, Putin and Erdogan met three times.", "True", ["sochi-talks"]))).toContain(
      "missing-antecedent",
    );
    expect(
      codes(trueFalse("This year, 2020, Putin and Erdogan met three times.", "True", ["sochi-talks"])),
    ).not.toContain("missing-antecedent");
    expect(codes(trueFalse("This was agreed in Sochi.", "True", ["sochi-talks"]))).toContain("missing-antecedent");
  });
});

describe("lintBank", () => {
  it("flags a true and a false statement of one fact as a mirror pair, and a lone statement not", () => {
    const t = trueFalse("Russia backs the government in Damascus.", "True", ["russia-backs-syrian-government"]);
    const f = {
      ...trueFalse("Iran backs the rebel fighters.", "False", ["russia-backs-syrian-government"]),
      id: "tf-other",
    };
    const lone = {
      ...trueFalse("Turkey backs the rebel fighters in the north.", "True", ["turkey-backs-rebels"]),
      id: "tf-lone",
    };
    const flaws = lintBank([t, f, lone], ctx);
    expect(flaws.get(t.id)?.map((x) => x.code)).toContain("true-false-mirror");
    expect(flaws.get(f.id)?.map((x) => x.code)).toContain("true-false-mirror");
    expect(flaws.get(lone.id)?.map((x) => x.code)).not.toContain("true-false-mirror");
  });
});

describe("the audit's patterns", () => {
  const talks = {
    ...base,
    id: "d1",
    kind: "multi-select" as const,
    prompt: "Who took part in the talks in Sochi on 17 September 2018? Select all that apply.",
    answers: ["Vladimir Putin", "Recep Tayyip Erdogan"],
    factIds: ["sochi-talks"],
    probe: {
      claim: {
        type: "meeting" as const,
        participants: ["vladimir-putin"],
        place: "sochi",
        date: { on: "2018-09-17", precision: "day" as const },
      },
      slot: "participants" as const,
    },
  };
  it("flags a person offered as absent from talks their own country took part in", () => {
    const codes = (choices: string[]) =>
      lintQuestion({ ...talks, choices } as Question, ctx).map((f) => `${f.severity} ${f.code}`);
    expect(codes(["Vladimir Putin", "Recep Tayyip Erdogan", "Sergei Lavrov", "Hassan Rouhani"])).toContain(
      "serious incomplete-participant-key",
    );
    expect(codes(["Vladimir Putin", "Recep Tayyip Erdogan", "Bashar al-Assad", "Hassan Rouhani"])).not.toContain(
      "serious incomplete-participant-key",
    );
  });

  it("flags a cloze that points back to text not shown, or whose neighbours give the blank away", () => {
    const cloze = (text: string, answers: string[]) =>
      lintQuestion(
        {
          ...base,
          id: "c9",
          kind: "cloze",
          prompt: "Fill in the blank with a name.",
          text,
          answerType: "entity",
          choices: [],
          answers,
          factIds: ["sochi-talks"],
        } as Question,
        ctx,
      ).map((f) => f.code);
    expect(
      cloze("Moscow may be open to such a plan as long as it would secure the _____ highway.", ["Aleppo"]),
    ).toContain("missing-antecedent");
    expect(cloze("In response, the air force struck _____ targets.", ["200"])).toContain("missing-antecedent");
    expect(cloze("Russian President _____ met his counterpart in Sochi.", ["Vladimir Putin"])).toContain(
      "stem-giveaway-word",
    );
    expect(cloze("Putin and Erdogan met in _____ on Monday to discuss the ceasefire.", ["Sochi"])).toEqual([]);
  });
});

describe("the teacher's second reading (teacher-read.ts)", () => {
  const typed = (text: string, answers: string[], answerType: "entity" | "quantity" | "text", prompt?: string) =>
    lintQuestion(
      {
        ...base,
        id: "c10",
        kind: "cloze",
        prompt: prompt ?? "Fill in the blank.",
        text,
        answerType,
        choices: [],
        answers,
        factIds: ["sochi-talks"],
      } as Question,
      ctx,
    );

  it("rejects typed blanks a well-read learner could fill another way", () => {
    const ordinary = typed(
      "The zone will be patrolled by _____ and Russian military police.",
      ["Turkish troops"],
      "text",
    );
    expect(ordinary.map((f) => f.code)).toContain("wrong-or-ambiguous-key");
    const bound = typed("The war has killed more than _____ people, monitors say.", ["400,000"], "quantity");
    expect(bound.map((f) => f.message).join()).toMatch(/more than _____/);
    // Naming the report makes the bound that report's figure.
    const credited = typed(
      "The war has killed more than _____ people, monitors say.",
      ["400,000"],
      "quantity",
      "Fill in the blank with a number, as the AFP report gives it.",
    );
    expect(credited.map((f) => f.code)).not.toContain("wrong-or-ambiguous-key");
    // A place naming an agreement: the articles' other agreements fit the same words.
    expect(typed("Moscow was committed to the _____ agreements.", ["Sochi"], "entity").map((f) => f.code)).toContain(
      "wrong-or-ambiguous-key",
    );
    expect(
      typed("Speaking in _____ on Friday, Lavrov said the offensive would wait.", ["Berlin"], "entity").map(
        (f) => f.code,
      ),
    ).toContain("trivia-target");
    expect(
      typed('Putin told reporters that "the partners from _____ agreed".', ["Turkey"], "entity").map((f) => f.code),
    ).toContain("trivia-target");
  });

  it("rejects text that leans on a sentence not shown, but not a place named in it", () => {
    expect(codes(trueFalse("Air strikes killed 30 civilians across the province.", "True", ["sochi-talks"]))).toContain(
      "missing-antecedent",
    );
    expect(
      codes(
        trueFalse("Air strikes killed 30 civilians across Idlib, the province the talks were about.", "True", [
          "sochi-talks",
        ]),
      ),
    ).not.toContain("missing-antecedent");
    const his = single({
      choices: ["A ceasefire would follow his talks with Putin", "Turkey", "Iran"],
      answers: ["Turkey"],
      factIds: ["sochi-talks"],
    });
    expect(codes(his)).toContain("missing-antecedent");
    const named = single({
      choices: ["Erdogan expected a ceasefire after his talks with Putin", "Turkey", "Iran"],
      answers: ["Turkey"],
      factIds: ["sochi-talks"],
    });
    expect(codes(named)).not.toContain("missing-antecedent");
  });

  it("rejects why-options about another side, and a key alone naming the stem's country", () => {
    const why = (choices: string[], key: string) =>
      codes(
        single({
          prompt: "Why did Turkey seek a ceasefire?",
          aim: "why",
          choices,
          answers: [key],
          factIds: ["sochi-talks"],
        }),
      );
    expect(
      why(["to avert an attack", "to protect Russia's air base", "to secure the highway"], "to avert an attack"),
    ).toContain("absurd-distractor");
    expect(
      why(
        ["to keep refugees from Turkey's border", "to avert an attack", "to secure the highway"],
        "to keep refugees from Turkey's border",
      ),
    ).toContain("word-overlap-cue");
    expect(
      why(["to avert an attack", "to end the air strikes", "to secure the highway"], "to avert an attack"),
    ).toEqual([]);
  });

  it("rejects a false statement that no quote shown can refute, and 'bilateral' beside a third name", () => {
    const quote = { article: "fixture-sochi-talks", passage: "p1", quote: "Vladimir Putin" };
    const unrefuted = {
      ...trueFalse("Iran backs the rebels.", "False", ["sochi-talks"], {
        type: "backs",
        backer: "iran",
        backed: "turkey",
      }),
      evidence: [quote],
    };
    expect(codes(unrefuted)).toContain("unsupported-key");
    const refuted = {
      ...trueFalse("Russia backs the rebels.", "False", ["sochi-talks"], {
        type: "backs",
        backer: "russia",
        backed: "turkey",
      }),
      evidence: [quote],
    };
    // "Vladimir Putin" is not Russia by name, but a quote naming "Russian" forces is: only the name counts here.
    expect(codes(refuted)).toContain("unsupported-key");
    const bilateral = trueFalse("Hassan Rouhani took part in the bilateral talks in Sochi.", "False", ["sochi-talks"], {
      type: "meeting",
      participants: ["hassan-rouhani"],
    } as never);
    expect(codes(bilateral)).toContain("stem-giveaway-word");
  });
});

describe("true/false statements a learner can judge (round-H audit)", () => {
  const figure = (min: number) => ({
    type: "figure" as const,
    measure: "war-deaths",
    quantity: { min, max: min, qualifier: "exact" as const, unit: "people" },
  });
  it("flags a statement made false by a figure no report gives, not by another report's figure", () => {
    const invented = trueFalse(
      "An estimated 1.1 million people have died in the war.",
      "False",
      ["war-deaths-estimated-360000"],
      figure(1_100_000),
    );
    const reported = trueFalse(
      "An estimated 400,000 people have died in the war.",
      "False",
      ["war-deaths-estimated-360000"],
      figure(400_000),
    );
    expect(codes(invented)).toContain("absurd-distractor");
    expect(codes(reported)).not.toContain("absurd-distractor");
  });

  it("flags a long statement, which reads as the report's sentence whatever its key", () => {
    const long = trueFalse(
      "Putin and Erdogan agreed in Sochi that all heavy weapons, including tanks and rocket launchers of every armed group, would leave the zone.",
      "True",
      ["sochi-talks"],
    );
    const short = trueFalse("Putin and Erdogan held talks in Sochi.", "True", ["sochi-talks"]);
    expect(codes(long)).toContain("word-overlap-cue");
    expect(codes(short)).not.toContain("word-overlap-cue");
  });
});

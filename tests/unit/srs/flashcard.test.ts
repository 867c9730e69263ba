// Card texts come from the fact: the cue names what the fact is about, the answer
// says only what the fact says, and the back carries its statement and evidence.
import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "@/lib/facts";
import type { Fact, FactOfKind } from "@/lib/facts/schema";
import { entityNamesFrom, flashcardFor, pickStarterFacts, requirementTopic, type EntityNames } from "@/lib/srs";

const names: EntityNames = entityNamesFrom([
  { id: "russia", type: "country", name: "Russia" },
  { id: "iran", type: "country", name: "Iran" },
  { id: "turkey", type: "country", name: "Turkey", aliases: ["Ankara"] },
  { id: "syrian-government", type: "group", name: "Syrian government", aliases: ["Syrian regime", "Assad regime"] },
  { id: "syrian-rebels", type: "group", name: "Syrian rebels", aliases: ["rebels", "opposition fighters"] },
  { id: "vladimir-putin", type: "person", name: "Vladimir Putin", aliases: ["Putin"] },
  { id: "recep-tayyip-erdogan", type: "person", name: "Recep Tayyip Erdogan", aliases: ["Erdogan", "Erdoğan"] },
  { id: "hassan-rouhani", type: "person", name: "Hassan Rouhani", aliases: ["Rouhani", "Rohani"] },
  { id: "sergei-lavrov", type: "person", name: "Sergei Lavrov", aliases: ["Lavrov"] },
  { id: "tehran", type: "place", name: "Tehran" },
  { id: "moscow", type: "place", name: "Moscow" },
  { id: "sochi-agreement-2018", type: "agreement", name: "Sochi agreement of September 2018" },
]);

const evidence = [
  { article: "putin-erdogan-agree-idlib-plan-2018", passage: "p5", quote: "heavy weaponry from this zone" },
];
const base = {
  status: "reviewed" as const,
  conflictsWith: [] as string[],
  importance: "supporting" as const,
  evidence,
};

const backing: FactOfKind<"backing"> = {
  ...base,
  id: "turkey-backs-rebels",
  kind: "backing",
  statement: "Turkey backs the rebels, the opposition fighters seeking the ouster of the Syrian leader.",
  backer: "turkey",
  backed: "syrian-rebels",
  phrasing: "backs opposition fighters",
  evidence: [
    { article: "a", passage: "p17", quote: "Turkey however backs opposition fighters" },
    { article: "a", passage: "p17", quote: "Turkey however backs opposition fighters" },
    { article: "b", passage: "p8", quote: "Turkey is backing rebel groups" },
  ],
};

const meeting: FactOfKind<"meeting"> = {
  ...base,
  id: "tehran-summit-2018",
  kind: "meeting",
  statement:
    "Putin, Erdogan and Iranian President Hassan Rouhani met on September 7, 2018 in Tehran for a three-way summit.",
  participants: ["vladimir-putin", "recep-tayyip-erdogan", "hassan-rouhani"],
  place: "tehran",
  date: { on: "2018-09-07", precision: "day" },
  format: "three-way summit",
  planned: false,
};

const dealTerm: FactOfKind<"deal-term"> = {
  ...base,
  id: "sochi-deal-heavy-weaponry-withdrawn",
  kind: "deal-term",
  statement: "Putin and Erdogan agreed on the withdrawal of heavy weaponry from the zone.",
  agreement: "sochi-agreement-2018",
  requires:
    "withdrawal of heavy weaponry (tanks, multiple launch rocket systems, rocket launchers) of all armed groups from the zone",
  parties: [],
};

const figure: FactOfKind<"figure"> = {
  ...base,
  id: "idlib-offensive-could-displace-900000",
  kind: "figure",
  statement:
    "The United Nations expects up to 900,000 people to flee if Syrian government forces launch a large-scale offensive on Idlib.",
  quantity: { min: 900000, max: 900000, qualifier: "up-to", unit: "people" },
  counts: "people expected to flee a large-scale offensive on Idlib",
  measure: "idlib-offensive-expected-displaced",
  source: "United Nations",
};

const role: FactOfKind<"role"> = {
  ...base,
  id: "lavrov-russian-foreign-minister",
  kind: "role",
  statement: "Sergei Lavrov is the Russian Foreign Minister.",
  person: "sergei-lavrov",
  office: "Foreign Minister",
  country: "russia",
};

const event: FactOfKind<"event"> = {
  ...base,
  id: "lavrov-no-major-offensive-2018",
  kind: "event",
  statement:
    "On Friday, September 14, 2018, Lavrov said the Syrian regime was not preparing a major offensive against Idlib.",
  date: { on: "2018-09-14", precision: "day" },
  what: "Lavrov said the Syrian regime was not preparing a major offensive against Idlib",
  actors: ["sergei-lavrov"],
};

describe("flashcardFor, kind by kind", () => {
  it("backing: asks whom the backer backs and answers in the articles' words", () => {
    const card = flashcardFor(backing, names);
    expect(card.front).toBe("Who does Turkey back?");
    expect(card.back.answer).toBe("Syrian rebels (“opposition fighters”).");
    // The phrasing names the answer, so it is not shown as a hint.
    expect(card.hint).toBeNull();
  });

  it("backing: the phrasing is a hint when it does not give the answer away", () => {
    const card = flashcardFor(
      {
        ...backing,
        backer: "russia",
        backed: "syrian-government",
        phrasing: "key allies of",
        statement: "Russia is a key ally of the Assad regime.",
      },
      names,
    );
    expect(card.front).toBe("Who does Russia back?");
    expect(card.hint).toBe("The articles' words: “key allies of”.");
    expect(card.back.answer).toBe("Syrian government (“Assad regime”).");
  });

  it("meeting: asks where and when, naming the participants as the articles do", () => {
    const card = flashcardFor(meeting, names);
    expect(card.front).toBe("Where and when did Putin, Erdogan and Rouhani hold their three-way summit?");
    expect(card.back.answer).toBe("In Tehran, on 7 September 2018.");
  });

  it("meeting: asks only for what the fact records, and a planned meeting is not told as held", () => {
    const noPlace = flashcardFor(
      { ...meeting, place: undefined, date: { on: "2020-02-01", precision: "month" } },
      names,
    );
    expect(noPlace.front).toBe("When did Putin, Erdogan and Rouhani hold their three-way summit?");
    expect(noPlace.back.answer).toBe("In February 2020.");
    const planned = flashcardFor(
      { ...meeting, planned: true, place: "moscow", venue: "the Kremlin", date: undefined },
      names,
    );
    expect(planned.front).toBe("Where were Putin, Erdogan and Rouhani to hold their three-way summit?");
    expect(planned.back.answer).toBe("At the Kremlin in Moscow.");
  });

  it("deal-term: asks about the requirement's topic and answers with the term", () => {
    const card = flashcardFor(dealTerm, names);
    expect(card.front).toBe("What did the Sochi agreement of September 2018 require about heavy weaponry?");
    expect(card.back.answer).toBe(
      "Withdrawal of heavy weaponry (tanks, multiple launch rocket systems, rocket launchers) of all armed groups from the zone.",
    );
  });

  it("deal-term: a deadline belongs to the answer", () => {
    const card = flashcardFor(
      {
        ...dealTerm,
        requires: "restore the transportation routes Latakia–Aleppo",
        deadline: { on: "2018-12-31", precision: "day" },
      },
      names,
    );
    expect(card.front).toBe("What did the Sochi agreement of September 2018 require about the transportation routes?");
    expect(card.back.answer).toBe("Restore the transportation routes Latakia–Aleppo, by 31 December 2018.");
  });

  it("figure: asks for the figure with its source, keeps the qualifier in the answer", () => {
    const card = flashcardFor(figure, names);
    expect(card.front).toBe(
      "What figure do the articles give for people expected to flee a large-scale offensive on Idlib, according to the United Nations?",
    );
    expect(card.back.answer).toBe("Up to 900,000 people.");
    expect(card.hint).toBeNull();
    expect(flashcardFor({ ...figure, conflictsWith: ["other-figure"] }, names).hint).toMatch(/different figures/);
  });

  it("role: asks who the person is and answers with the office", () => {
    const card = flashcardFor(role, names);
    expect(card.front).toBe("Who is Sergei Lavrov, according to the articles?");
    expect(card.back.answer).toBe("Foreign Minister (Russia).");
  });

  it("event: asks when, as precisely as the fact dates it", () => {
    const card = flashcardFor(event, names);
    expect(card.front).toBe(
      "When did this happen? Lavrov said the Syrian regime was not preparing a major offensive against Idlib.",
    );
    expect(card.back.answer).toBe("On 14 September 2018.");
    expect(flashcardFor({ ...event, date: { on: "2018-01-01", precision: "year" } }, names).back.answer).toBe(
      "In 2018.",
    );
  });

  it("puts the fact's statement on the back and each quote once, linked to the highlighted passage", () => {
    const card = flashcardFor(backing, names);
    expect(card.back.statement).toBe(backing.statement);
    expect(card.evidence).toEqual([
      {
        article: "a",
        passage: "p17",
        quote: "Turkey however backs opposition fighters",
        href: "/sources/a?q=Turkey%20however%20backs%20opposition%20fighters#p17",
      },
      {
        article: "b",
        passage: "p8",
        quote: "Turkey is backing rebel groups",
        href: "/sources/b?q=Turkey%20is%20backing%20rebel%20groups#p8",
      },
    ]);
  });
});

describe("requirementTopic", () => {
  it.each([
    ["create a 15-20 kilometre-wide demilitarised zone along the line of contact", "a demilitarised zone"],
    ["withdrawal of all radical fighters from Idlib, including the Al-Nusra Front", "radical fighters"],
    ["secure the demilitarised zone with mobile patrol groups", "the demilitarised zone"],
    ["no military action against Idlib", "military action"],
    ["an exchange of prisoners", "prisoners"],
  ])("%s → %s", (requires, topic) => {
    expect(requirementTopic(requires)).toBe(topic);
  });

  it("gives up rather than guess on a term it cannot read", () => {
    expect(requirementTopic("15-20")).toBeUndefined();
  });
});

describe("every fact in content/", () => {
  let facts: Fact[];
  let corpusNames: EntityNames;
  beforeAll(async () => {
    const corpus = await loadCorpus("content");
    facts = corpus.facts;
    corpusNames = entityNamesFrom(corpus.entities);
  });

  // Words the templates add; everything else in an answer must come from the fact or its entities' names.
  const TEMPLATE = new Set([
    "in",
    "on",
    "at",
    "by",
    "the",
    "of",
    "and",
    "more",
    "than",
    "up",
    "to",
    "about",
    "an",
    "a",
    "estimated",
    "million",
  ]);
  const MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
  ];

  function sourceWords(fact: Fact): Set<string> {
    const entityText = [...corpusNames.values()].flatMap((e) => [e.name, ...(e.aliases ?? [])]).join(" ");
    const [y, m, d] =
      "date" in fact && fact.date
        ? fact.date.on.split("-")
        : "deadline" in fact && fact.deadline
          ? fact.deadline.on.split("-")
          : [];
    const dateWords = [y, d ? String(Number(d)) : undefined, m ? MONTHS[Number(m) - 1] : undefined].filter(
      (w): w is string => w !== undefined,
    );
    const text = `${JSON.stringify(fact)} ${entityText} ${dateWords.join(" ")}`.toLowerCase();
    return new Set(text.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  }

  it("gives each a question, an answer and the fact's own evidence", () => {
    expect(facts.length).toBeGreaterThan(0);
    for (const fact of facts) {
      const card = flashcardFor(fact, corpusNames);
      expect(card.front, fact.id).toMatch(/\?/);
      expect(card.back.answer.length, fact.id).toBeGreaterThan(1);
      expect(card.back.statement).toBe(fact.statement);
      expect(card.evidence.length, fact.id).toBeGreaterThan(0);
      for (const e of card.evidence)
        expect(
          fact.evidence.some((f) => f.article === e.article && f.passage === e.passage && f.quote === e.quote),
        ).toBe(true);
    }
  });

  it("never puts a word in an answer that the fact and its names do not give", () => {
    for (const fact of facts) {
      const allowed = sourceWords(fact);
      const card = flashcardFor(fact, corpusNames);
      const numbers = JSON.stringify(fact).replace(/,/g, "");
      for (const word of card.back.answer
        .toLowerCase()
        .split(/[^\p{L}\p{N}.]+/u)
        .filter(Boolean)) {
        const bare = word.replace(/\.+$/, "");
        if (bare === "" || /^\d/.test(bare)) continue;
        expect(TEMPLATE.has(bare) || allowed.has(bare), `${fact.id}: "${bare}" in "${card.back.answer}"`).toBe(true);
      }
      // Numbers: "400,000" and "3 million" must be the fact's own.
      for (const n of card.back.answer.match(/\d[\d,.]*(?:\s+million)?/g) ?? []) {
        const value = n.includes("million")
          ? String(Number.parseFloat(n) * 1_000_000)
          : n.replace(/,/g, "").replace(/\.$/, "");
        expect(numbers.includes(value), `${fact.id}: ${n}`).toBe(true);
      }
    }
  });

  it("does not give the answer away on the front", () => {
    for (const fact of facts) {
      const card = flashcardFor(fact, corpusNames);
      const answer = card.back.answer.replace(/\.$/, "");
      expect(`${card.front} ${card.hint ?? ""}`.includes(answer), fact.id).toBe(false);
    }
  });
});

describe("pickStarterFacts", () => {
  const facts = [
    { id: "f2", kind: "figure" },
    { id: "b2", kind: "backing" },
    { id: "b1", kind: "backing" },
    { id: "m1", kind: "meeting" },
    { id: "e1", kind: "event" },
  ];

  it("takes one of each kind in turn, core kinds first, each kind in id order", () => {
    expect(pickStarterFacts(facts, 10)).toEqual(["b1", "m1", "e1", "f2", "b2"]);
  });

  it("stops at the size asked for", () => {
    expect(pickStarterFacts(facts, 2)).toEqual(["b1", "m1"]);
    expect(pickStarterFacts([], 5)).toEqual([]);
  });
});

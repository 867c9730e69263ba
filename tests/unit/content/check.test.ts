import { describe, expect, it } from "vitest";
import { checkCorpus, summarizeCorpus, type Problem } from "@/lib/facts";
import type { Corpus } from "@/lib/facts/corpus";
import type { Fact } from "@/lib/facts/schema";

// A tiny corpus that passes, and one planted fault per test.
function corpus(): Corpus {
  return {
    articles: [
      {
        slug: "bridge-opens-2015",
        title: "Bridge opens",
        publishedOn: "2015-03-05",
        repairs: [],
        passages: [
          { id: "p1", text: "Valland backs the river towns. The bridge opened on March 4." },
          { id: "p2", text: "The flood killed more than 40 people." },
        ],
      },
      {
        slug: "bridge-toll-2015",
        title: "Bridge toll",
        publishedOn: "2015-03-06",
        repairs: [],
        passages: [{ id: "p1", text: "The flood killed an estimated 35 people. Valland backs the river towns. Talks will be held on March 20." }],
      },
    ],
    entities: [
      { id: "valland", type: "country", name: "Valland", aliases: [] },
      { id: "river-towns", type: "group", name: "River towns", aliases: ["the towns"] },
      { id: "mayor-ana", type: "person", name: "Ana", aliases: [], country: "valland" },
    ],
    facts: [
      {
        id: "valland-backs-towns",
        kind: "backing",
        statement: "Valland backs the river towns.",
        status: "reviewed",
        backer: "valland",
        backed: "river-towns",
        phrasing: "backs",
        conflictsWith: [],
        importance: "supporting",
        evidence: [
          { article: "bridge-opens-2015", passage: "p1", quote: "Valland backs the river towns." },
          { article: "bridge-toll-2015", passage: "p1", quote: "Valland backs the river towns." },
        ],
      },
      {
        id: "flood-toll-40",
        kind: "figure",
        statement: "More than 40.",
        status: "reviewed",
        quantity: { min: 40, max: 40, qualifier: "more-than", unit: "people" },
        counts: "people killed by the flood",
        measure: "flood-toll",
        conflictsWith: ["flood-toll-35"],
        importance: "supporting",
        evidence: [{ article: "bridge-opens-2015", passage: "p2", quote: "more than 40 people" }],
      },
      {
        id: "flood-toll-35",
        kind: "figure",
        statement: "An estimated 35.",
        status: "reviewed",
        quantity: { min: 35, max: 35, qualifier: "estimated", unit: "people" },
        counts: "people killed by the flood",
        measure: "flood-toll",
        conflictsWith: ["flood-toll-40"],
        importance: "supporting",
        evidence: [{ article: "bridge-toll-2015", passage: "p1", quote: "an estimated 35 people" }],
      },
      {
        id: "bridge-opened",
        kind: "event",
        statement: "The bridge opened on March 4, 2015.",
        status: "reviewed",
        date: { on: "2015-03-04", precision: "day" },
        what: "the bridge opened",
        actors: [],
        conflictsWith: [],
        importance: "supporting",
        evidence: [{ article: "bridge-opens-2015", passage: "p1", quote: "The bridge opened on March 4." }],
      },
      {
        id: "talks-planned",
        kind: "meeting",
        statement: "Talks will be held on March 20, 2015.",
        status: "reviewed",
        participants: ["valland", "river-towns"],
        date: { on: "2015-03-20", precision: "day" },
        format: "talks",
        planned: true,
        conflictsWith: [],
        importance: "supporting",
        evidence: [{ article: "bridge-toll-2015", passage: "p1", quote: "Talks will be held on March 20." }],
      },
    ],
  };
}

function fact(c: Corpus, id: string): Fact {
  const found = c.facts.find((f) => f.id === id);
  if (!found) throw new Error(`no fact ${id}`);
  return found;
}

const codes = (problems: Problem[]) => problems.map((p) => p.code);

describe("checkCorpus", () => {
  it("finds no problem in a sound corpus", () => {
    expect(checkCorpus(corpus())).toEqual([]);
  });

  it("catches a quote that is not verbatim, naming the file, fact and quote", () => {
    const c = corpus();
    fact(c, "valland-backs-towns").evidence[0]!.quote = "Valland supports the river towns.";
    const problems = checkCorpus(c, { factFiles: c.facts.map(() => "content/facts/backing.yaml") });
    expect(problems).toEqual([
      {
        code: "quote-not-found",
        file: "content/facts/backing.yaml",
        fact: "valland-backs-towns",
        message:
          'fact valland-backs-towns: evidence 1 (bridge-opens-2015 p1): quote not found verbatim: "Valland supports the river towns." in content/articles/bridge-opens-2015.md',
      },
    ]);
  });

  it("catches an ambiguous quote", () => {
    const c = corpus();
    fact(c, "flood-toll-35").evidence[0]!.quote = "ed";
    expect(codes(checkCorpus(c))).toEqual(["quote-ambiguous"]);
  });

  it("catches an unknown passage and an unknown article", () => {
    const c = corpus();
    fact(c, "bridge-opened").evidence[0]!.passage = "p9";
    fact(c, "flood-toll-40").evidence[0]!.article = "no-such-article";
    const problems = checkCorpus(c);
    expect(codes(problems).sort()).toEqual(["unknown-article", "unknown-passage"]);
    expect(problems.find((p) => p.code === "unknown-passage")?.message).toContain("has no passage p9");
  });

  it("catches a reference to an unknown entity", () => {
    const c = corpus();
    const backing = fact(c, "valland-backs-towns");
    if (backing.kind !== "backing") throw new Error("fixture");
    backing.backed = "hill-towns";
    expect(checkCorpus(c).map((p) => p.message)).toEqual([
      'fact valland-backs-towns: backed refers to unknown entity "hill-towns"',
    ]);
  });

  it("catches a conflict listed on one side only", () => {
    const c = corpus();
    fact(c, "flood-toll-35").conflictsWith = [];
    const problems = checkCorpus(c);
    expect(codes(problems)).toEqual(["conflict-asymmetric"]);
    expect(problems[0]?.fact).toBe("flood-toll-40");
  });

  it("catches a conflict between figures of different measures", () => {
    const c = corpus();
    const f = fact(c, "flood-toll-35");
    if (f.kind !== "figure") throw new Error("fixture");
    f.measure = "flood-injured";
    expect(codes(checkCorpus(c))).toEqual(["conflict-mismatch", "conflict-mismatch"]);
  });

  it("catches a past event dated after the article that reports it", () => {
    const c = corpus();
    const f = fact(c, "bridge-opened");
    if (f.kind !== "event") throw new Error("fixture");
    f.date = { on: "2015-03-09", precision: "day" };
    expect(checkCorpus(c).map((p) => p.message)).toEqual([
      "fact bridge-opened: event dated 2015-03-09, after bridge-opens-2015 was published (2015-03-05)",
    ]);
  });

  it("lets a planned meeting be later than the article, but not a meeting described as past", () => {
    const c = corpus();
    expect(checkCorpus(c)).toEqual([]);
    const f = fact(c, "talks-planned");
    if (f.kind !== "meeting") throw new Error("fixture");
    f.planned = false;
    expect(codes(checkCorpus(c))).toEqual(["date-after-publication"]);
  });

  it("catches a planned meeting dated before every article announcing it", () => {
    const c = corpus();
    const f = fact(c, "talks-planned");
    if (f.kind !== "meeting") throw new Error("fixture");
    f.date = { on: "2015-03-01", precision: "day" };
    expect(codes(checkCorpus(c))).toEqual(["planned-before-publication"]);
  });

  it("catches a month-precision date not written as the 1st", () => {
    const c = corpus();
    const f = fact(c, "bridge-opened");
    if (f.kind !== "event") throw new Error("fixture");
    f.date = { on: "2015-03-04", precision: "month" };
    expect(codes(checkCorpus(c))).toEqual(["date-precision"]);
  });

  it("catches duplicate fact ids and colliding aliases", () => {
    const c = corpus();
    c.facts.push({ ...fact(c, "bridge-opened") });
    c.entities.push({ id: "towns-council", type: "organization", name: "Towns council", aliases: ["The Towns"] });
    expect(codes(checkCorpus(c)).sort()).toEqual(["alias-collision", "duplicate-fact"]);
  });

  it("counts corroborated facts and conflict pairs", () => {
    expect(summarizeCorpus(corpus())).toMatchObject({ articles: 2, passages: 3, facts: 5, corroborated: 1, conflicts: 1 });
  });
});

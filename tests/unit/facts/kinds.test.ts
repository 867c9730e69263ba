// The richer fact kinds (motive, claim, relation) and importance: they parse from
// YAML as written in content/facts, and content:check holds them to the text.
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checkCorpus } from "@/lib/facts";
import type { Corpus } from "@/lib/facts/corpus";
import { factSchema, factsFileSchema, type Fact } from "@/lib/facts/schema";

const ARTICLE = {
  slug: "river-talks-2015",
  title: "River talks",
  publishedOn: "2015-03-06",
  repairs: [],
  passages: [
    { id: "p1", text: "Valland fears that a dam upstream could flood its valleys." },
    {
      id: "p2",
      text: "The dam burst on March 2, which, as Valland claims, flooded 12 villages. The river ministry denies it.",
    },
    { id: "p3", text: "Valland and Ostria are on opposite sides of the dispute but remain close partners." },
  ],
};

const ENTITIES = [
  { id: "valland", type: "country" as const, name: "Valland", aliases: [] },
  { id: "ostria", type: "country" as const, name: "Ostria", aliases: [] },
  { id: "river-ministry", type: "organization" as const, name: "River ministry", aliases: [] },
];

const FACTS_YAML = `
- id: valland-fears-flood
  kind: motive
  statement: Valland fears that a dam upstream could flood its valleys.
  importance: core
  actor: valland
  stance: fears
  aim: a dam upstream could flood its valleys
  evidence:
    - { article: river-talks-2015, passage: p1, quote: Valland fears that a dam upstream could flood its valleys. }
- id: valland-claims-12-villages-flooded
  kind: claim
  statement: Valland claims the burst dam flooded 12 villages.
  claimant: valland
  claim: flooded 12 villages
  attribution: as Valland claims
  disputedBy: [river-ministry]
  evidence:
    - { article: river-talks-2015, passage: p2, quote: "which, as Valland claims, flooded 12 villages" }
- id: valland-ostria-opposite-sides
  kind: relation
  statement: Valland and Ostria are on opposite sides of the dispute.
  importance: supporting
  between: [valland, ostria]
  relation: opposite-sides
  description: on opposite sides of the dispute
  context: but remain close partners
  evidence:
    - { article: river-talks-2015, passage: p3, quote: Valland and Ostria are on opposite sides of the dispute but remain close partners. }
`;

function corpus(): Corpus {
  return { articles: [ARTICLE], entities: ENTITIES, facts: factsFileSchema.parse(parse(FACTS_YAML)) };
}

function fact<K extends Fact["kind"]>(c: Corpus, id: string, kind: K): Extract<Fact, { kind: K }> {
  const found = c.facts.find((f) => f.id === id);
  if (found?.kind !== kind) throw new Error(`no ${kind} fact ${id}`);
  return found as Extract<Fact, { kind: K }>;
}

describe("motive, claim and relation facts", () => {
  it("parse from YAML, with defaults for the lists and importance", () => {
    const c = corpus();
    expect(c.facts.map((f) => f.kind)).toEqual(["motive", "claim", "relation"]);
    const claim = fact(c, "valland-claims-12-villages-flooded", "claim");
    expect(claim).toMatchObject({
      claimant: "valland",
      disputedBy: ["river-ministry"],
      coClaimants: [],
      about: [],
      concerns: [],
      status: "reviewed",
    });
    expect(fact(c, "valland-ostria-opposite-sides", "relation").between).toEqual(["valland", "ostria"]);
    expect(checkCorpus(c)).toEqual([]);
  });

  it("defaults importance to supporting and keeps an explicit one", () => {
    const c = corpus();
    expect(c.facts.map((f) => f.importance)).toEqual(["core", "supporting", "supporting"]);
  });

  it("refuses an unknown importance, stance or relation, and a relation of one or three entities", () => {
    const [motive, , relation] = parse(FACTS_YAML) as Record<string, unknown>[];
    expect(factSchema.safeParse({ ...motive, importance: "vital" }).success).toBe(false);
    expect(factSchema.safeParse({ ...motive, stance: "likes" }).success).toBe(false);
    expect(factSchema.safeParse({ ...relation, relation: "friends" }).success).toBe(false);
    expect(factSchema.safeParse({ ...relation, between: ["valland"] }).success).toBe(false);
    expect(factSchema.safeParse({ ...relation, between: ["valland", "ostria", "river-ministry"] }).success).toBe(false);
  });

  it("fails a claim whose attributing words are not in its quote", () => {
    const c = corpus();
    fact(c, "valland-claims-12-villages-flooded", "claim").attribution = "according to Valland";
    const problems = checkCorpus(c);
    expect(problems.map((p) => p.code)).toEqual(["attribution-not-in-quote"]);
    expect(problems[0]?.message).toContain('"according to Valland"');
  });

  it("accepts a second quote from the same report without the attributing words, but not one from another report", () => {
    const c = corpus();
    const claim = fact(c, "valland-claims-12-villages-flooded", "claim");
    claim.evidence.push({ article: "river-talks-2015", passage: "p2", quote: "The river ministry denies it." });
    expect(checkCorpus(c)).toEqual([]);
    c.articles.push({
      ...ARTICLE,
      slug: "river-talks-copy-2015",
      passages: [{ id: "p1", text: "The burst flooded 12 villages." }],
    });
    claim.evidence.push({ article: "river-talks-copy-2015", passage: "p1", quote: "flooded 12 villages" });
    expect(checkCorpus(c).map((p) => p.message)).toEqual([
      expect.stringContaining(
        'river-talks-copy-2015: the attributing words "as Valland claims" are in none of its quotes',
      ),
    ]);
  });

  it("fails a motive given as someone's reading without the words that say so", () => {
    const c = corpus();
    fact(c, "valland-fears-flood", "motive").attributedTo = "river-ministry";
    expect(checkCorpus(c).map((p) => p.code)).toEqual(["attribution-incomplete"]);
  });

  it("fails unknown entities in the new kinds' fields", () => {
    const c = corpus();
    fact(c, "valland-claims-12-villages-flooded", "claim").disputedBy = ["nobody"];
    fact(c, "valland-ostria-opposite-sides", "relation").between = ["valland", "atlantis"];
    expect(checkCorpus(c).map((p) => p.code)).toEqual(["unknown-entity", "unknown-entity"]);
  });

  it("fails a relation of an entity with itself", () => {
    const c = corpus();
    fact(c, "valland-ostria-opposite-sides", "relation").between = ["valland", "valland"];
    expect(checkCorpus(c).map((p) => p.code)).toEqual(["relation-invalid"]);
  });

  it("fails a counter-claim that is missing, not a claim, or does not name the claim back", () => {
    const c = corpus();
    const claim = fact(c, "valland-claims-12-villages-flooded", "claim");
    claim.counterClaim = "no-such-claim";
    expect(checkCorpus(c).map((p) => p.code)).toEqual(["counter-claim-invalid"]);
    claim.counterClaim = "valland-fears-flood";
    expect(checkCorpus(c)[0]?.message).toContain("is a motive fact, not a claim");
    const other: Fact = {
      ...claim,
      id: "ministry-denies",
      claimant: "river-ministry",
      disputedBy: [],
      counterClaim: undefined,
    };
    c.facts.push(other);
    claim.counterClaim = "ministry-denies";
    expect(checkCorpus(c)[0]?.message).toContain("does not name valland-claims-12-villages-flooded back");
    other.counterClaim = claim.id;
    expect(checkCorpus(c)).toEqual([]);
  });

  it("fails a deal term whose agreement is not an agreement entity", () => {
    const c = corpus();
    c.facts.push({
      id: "dam-deal-term",
      kind: "deal-term",
      statement: "The deal requires the dam to be inspected.",
      status: "reviewed",
      importance: "core",
      conflictsWith: [],
      agreement: "ostria",
      requires: "inspect the dam",
      parties: [],
      evidence: [{ article: "river-talks-2015", passage: "p1", quote: "a dam upstream" }],
    });
    expect(checkCorpus(c).map((p) => p.code)).toEqual(["not-an-agreement"]);
  });
});

describe("the seed fact files", () => {
  it("give every fact an explicit importance, and the new kinds' facts where the articles state them", async () => {
    const { readdir, readFile } = await import("node:fs/promises");
    const files = (await readdir("content/facts")).filter((f) => f.endsWith(".yaml"));
    const raw = (
      await Promise.all(
        files.map(async (f) => parse(await readFile(`content/facts/${f}`, "utf8")) as Record<string, unknown>[]),
      )
    ).flat();
    expect(raw.filter((f) => !("importance" in f)).map((f) => f.id)).toEqual([]);
    const facts = factsFileSchema.parse(raw);
    const ids = (kind: Fact["kind"]) => facts.filter((f) => f.kind === kind).map((f) => f.id);
    expect(ids("motive")).toEqual(
      expect.arrayContaining(["turkey-fears-flow-of-refugees", "russia-wants-drone-attacks-on-hmeimim-stopped"]),
    );
    expect(ids("claim")).toEqual(
      expect.arrayContaining([
        "ankara-claims-36-turkish-soldiers-killed-2020",
        "sabah-new-agreement-could-revise-sochi-memorandum-2020",
      ]),
    );
    expect(ids("relation")).toEqual(
      expect.arrayContaining(["russia-turkey-on-opposite-sides", "russia-turkey-key-global-allies"]),
    );
    for (const importance of ["core", "supporting", "peripheral"] as const) {
      expect(facts.some((f) => f.importance === importance)).toBe(true);
    }
  });
});

import { describe, expect, it } from "vitest";
import { articleMetaSchema, isoDaySchema, quoteSelectorSchema, slugSchema } from "@/lib/content";
import { entitySchema, factSchema, factsFileSchema } from "@/lib/facts/schema";

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((i) => i.message) ?? [];

describe("article schemas", () => {
  it("accepts real days and rejects impossible ones", () => {
    expect(isoDaySchema.safeParse("2020-02-29").success).toBe(true);
    expect(messages(isoDaySchema.safeParse("2019-02-29"))).toEqual(["not a real calendar day"]);
    expect(messages(isoDaySchema.safeParse("4 March 2020"))).toContain("a date is written YYYY-MM-DD");
  });

  it("requires lowercase hyphenated slugs", () => {
    expect(slugSchema.safeParse("harbour-reopens-2015").success).toBe(true);
    expect(messages(slugSchema.safeParse("Harbour_Reopens"))).toEqual(["a slug is lowercase words joined by hyphens"]);
  });

  it("accepts complete front matter and defaults repairs to none", () => {
    const meta = articleMetaSchema.parse({ slug: "a-b", title: "T", publishedOn: "2015-03-05" });
    expect(meta.repairs).toEqual([]);
  });

  it("rejects unknown front-matter keys, naming them", () => {
    const result = articleMetaSchema.safeParse({ slug: "a-b", title: "T", publishedOn: "2015-03-05", author: "X" });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain("author");
  });

  it("rejects an empty quote", () => {
    expect(quoteSelectorSchema.safeParse({ quote: "" }).success).toBe(false);
  });
});

describe("fact schemas", () => {
  const evidence = [{ article: "a-b", passage: "p1", quote: "x" }];

  it("accepts each kind with its own fields and fills defaults", () => {
    const fact = factSchema.parse({
      id: "f-1",
      kind: "figure",
      statement: "S.",
      evidence,
      quantity: { min: 3, max: 3, unit: "people" },
      counts: "people",
      measure: "m",
    });
    expect(fact).toMatchObject({ status: "reviewed", conflictsWith: [], quantity: { qualifier: "exact" } });
  });

  it("rejects an unknown kind", () => {
    expect(factSchema.safeParse({ id: "f", kind: "rumour", statement: "S.", evidence }).success).toBe(false);
  });

  it("requires evidence, with a message that says so", () => {
    const result = factSchema.safeParse({ id: "f", kind: "backing", statement: "S.", evidence: [], backer: "a", backed: "b", phrasing: "p" });
    expect(messages(result)).toContain("every fact needs at least one evidence entry");
  });

  it("rejects a field that belongs to another kind", () => {
    const result = factSchema.safeParse({ id: "f", kind: "role", statement: "S.", evidence, person: "p", office: "o", backer: "x" });
    expect(result.success).toBe(false);
  });

  it("rejects a quantity whose min is above its max", () => {
    const result = factSchema.safeParse({
      id: "f", kind: "figure", statement: "S.", evidence, counts: "c", measure: "m",
      quantity: { min: 5, max: 3, unit: "people" },
    });
    expect(messages(result)).toContain("min must not be above max");
  });

  it("rejects a meeting with one participant and a bad passage id", () => {
    const result = factsFileSchema.safeParse([
      { id: "m", kind: "meeting", statement: "S.", format: "talks", participants: ["a"], evidence: [{ article: "a-b", passage: "P1", quote: "x" }] },
    ]);
    expect(messages(result)).toContain("a passage id is p1, p2, ...");
    expect(result.error?.issues.some((i) => i.path.join(".") === "0.participants")).toBe(true);
  });

  it("accepts entities with aliases and a country, and rejects unknown types", () => {
    expect(entitySchema.parse({ id: "x-y", type: "person", name: "X Y", country: "z" }).aliases).toEqual([]);
    expect(entitySchema.safeParse({ id: "x", type: "planet", name: "X" }).success).toBe(false);
  });
});

// Nothing stated is lost: numbers, dates, roles and places that no typed fact
// holds become "stated" items, ranked after the typed facts, each a cloze on the
// article's own words. Sentences invented for these tests.
import { describe, expect, it } from "vitest";
import { checkCorpus, type Fact } from "@/lib/facts";
import { buildBank } from "@/lib/questions";
import { articleOf, factsOf, ofKind } from "./helpers";

const article = articleOf(
  "2021-06-10",
  "VALMORA, June 10 - President Arno Kessel and rebel leader Dario Mend met in Valmora on Wednesday and agreed to end a 12-year war.",
  "The accord sets up 23 demilitarised zones and 8 camps, under a plan first drawn up in 2009.",
  "Foreign Minister Ilse Brandt will brief donors in Corvena next week, her office said.",
);

describe("stated items: what no typed fact holds", () => {
  const facts = factsOf(article, []);
  const stated = ofKind(facts, "stated");
  const said = stated.map((f) => `${f.spanType}:${f.span}`);

  it("proposes numbers, dates, roles and places the typed facts leave out, after them", () => {
    expect(said).toEqual(expect.arrayContaining(["number:23", "number:8", "date:2009", "role:Foreign Minister"]));
    // "agreed to end a 12-year war" is a term of their deal: the typed fact holds the number.
    expect(ofKind(facts, "deal-term").some((f) => f.requires.includes("12-year"))).toBe(true);
    expect(said).not.toContain("number:12");
    expect(said).toContain("place:Corvena");
    const firstStated = facts.findIndex((f) => f.kind === "stated");
    expect(facts.slice(firstStated).every((f) => f.kind === "stated")).toBe(true);
    expect(facts.slice(0, firstStated).some((f) => f.kind === "meeting")).toBe(true);
  });

  it("leaves out what the meeting holds (its place and day) and the dateline", () => {
    expect(said).not.toContain("place:Valmora");
    expect(said).not.toContain("date:Wednesday");
    expect(said.some((s) => s.includes("June 10"))).toBe(false);
  });

  it("is proposed, peripheral, quotes its sentence verbatim, and offers wrong options of the same type", () => {
    for (const f of stated) {
      expect(f.status).toBe("proposed");
      expect(f.importance).toBe("peripheral");
      expect(f.evidence[0]?.quote).toBe(f.statement);
      expect(f.evidence[0]?.quote).toContain(f.span);
      expect(f.distractors).not.toContain(f.span);
    }
    const zones = stated.find((f) => f.span === "23");
    expect(zones?.distractors).toEqual(expect.arrayContaining(["8", "12"]));
  });

  it("passes the corpus check and, once approved, makes a cloze and a choice on those words", () => {
    const reviewed: Fact[] = facts.map((f) => ({ ...f, status: "reviewed" as const }));
    const corpus = { articles: [article], entities: [], facts: reviewed };
    expect(checkCorpus(corpus).filter((p) => p.code === "span-not-in-quote")).toEqual([]);
    const zones = reviewed.find((f) => f.kind === "stated" && f.span === "23");
    const bank = buildBank(corpus).candidates.filter((q) => q.factIds.includes(zones?.id ?? ""));
    const cloze = bank.find((q) => q.kind === "cloze");
    expect(cloze).toMatchObject({
      answers: ["23"],
      text: "The accord sets up _____ demilitarised zones and 8 camps, under a plan first drawn up in 2009.",
    });
    const choice = bank.find((q) => q.kind === "single-choice");
    expect(choice?.answers).toEqual(["23"]);
    expect([...(choice?.choices ?? [])].sort()).toEqual(["12", "23", "8"]);
  });
});

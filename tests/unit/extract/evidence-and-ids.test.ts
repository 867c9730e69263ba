import { describe, expect, it } from "vitest";
import { extractFacts, factId } from "@/lib/facts";
import { articleOf, fixtureArticle, knownEntities } from "./helpers";

const FIXTURES: [string, string][] = [
  ["sudan-truce-jeddah", "2023-05-21"],
  ["baltic-grain-corridor", "2024-02-08"],
  ["ankara-summit-syria", "2019-09-17"],
];

describe("evidence", () => {
  it.each(FIXTURES)("every quote proposed for %s is an exact substring of the passage it cites", (name, date) => {
    const article = fixtureArticle(name, date);
    const { facts } = extractFacts(article, { entities: knownEntities });
    expect(facts.length).toBeGreaterThan(0);
    for (const fact of facts) {
      for (const e of fact.evidence) {
        expect(e.article).toBe(article.slug);
        const passage = article.passages.find((p) => p.id === e.passage);
        expect(passage?.text).toContain(e.quote);
      }
    }
  });

  it("keeps the words exactly as printed, odd apostrophes included", () => {
    const article = articleOf(
      "2018-09-17",
      "Russia and Iran are key allies of Syrian President Bashar al-Assad´s regime.",
    );
    const [fact] = extractFacts(article, { entities: knownEntities }).facts;
    expect(fact?.evidence[0]?.quote).toBe(
      "Russia and Iran are key allies of Syrian President Bashar al-Assad´s regime.",
    );
  });
});

describe("fact ids", () => {
  it("come from kind, key entities and date", () => {
    expect(
      factId("meeting", ["recep-tayyip-erdogan", "vladimir-putin"], { date: { on: "2018-09-17", precision: "day" } }),
    ).toBe("meeting-recep-tayyip-erdogan-vladimir-putin-2018-09-17");
    expect(factId("meeting", ["iran", "russia"], { date: { on: "2017-01-01", precision: "year" } })).toBe(
      "meeting-iran-russia-2017",
    );
    expect(factId("backing", ["russia", "syrian-government"])).toBe("backing-russia-syrian-government");
  });

  it.each(FIXTURES)(
    "are the same when %s is extracted again, whatever the order of the known entities",
    (name, date) => {
      const article = fixtureArticle(name, date);
      const first = extractFacts(article, { entities: knownEntities });
      const again = extractFacts(article, { entities: [...knownEntities].reverse() });
      expect(again.facts.map((f) => f.id)).toEqual(first.facts.map((f) => f.id));
      expect(again).toEqual(first);
      expect(new Set(first.facts.map((f) => f.id)).size).toBe(first.facts.length);
    },
  );
});

describe("re-importing", () => {
  it.each(FIXTURES)(
    "%s gives the same facts once its new entities are known (as after content:import)",
    (name, date) => {
      const article = fixtureArticle(name, date);
      const first = extractFacts(article, { entities: knownEntities });
      const again = extractFacts(article, { entities: [...knownEntities, ...first.entities] });
      expect(again.facts).toEqual(first.facts);
      expect(again.entities).toEqual([]);
    },
  );
});

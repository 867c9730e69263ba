// Articles the rules were not written from (tests/fixtures/unseen): other
// conflicts, other countries, other wording. Each must yield its backing
// relations, its meetings and the terms of its agreement.
import { describe, expect, it } from "vitest";
import { extractFacts } from "@/lib/facts";
import { backingPairs, fixtureArticle, knownEntities, ofKind } from "./helpers";

describe("Sudan truce signed in Jeddah (Reuters style, nothing about it known)", () => {
  const { facts, entities } = extractFacts(fixtureArticle("sudan-truce-jeddah", "2023-05-21"), {
    entities: knownEntities,
  });

  it("finds who backs whom, naming the new groups", () => {
    expect(backingPairs(facts)).toEqual([
      "egypt>abdel-fattah-al-burhan",
      "egypt>sudanese-army",
      "saudi-arabia>sudanese-army",
      "united-arab-emirates>rapid-support-forces",
    ]);
    expect(entities.find((e) => e.id === "rapid-support-forces")).toMatchObject({ type: "group", aliases: ["RSF"] });
    expect(entities.find((e) => e.id === "sudanese-army")).toMatchObject({ type: "group", country: "sudan" });
  });

  it("finds the signing in Jeddah on Saturday, the ministers' meeting on Thursday and the next one on June 6", () => {
    expect(
      ofKind(facts, "meeting").map((m) => [m.participants.join("+"), m.date?.on, m.place ?? null, m.planned]),
    ).toEqual([
      ["rapid-support-forces+sudanese-army", "2023-05-20", "jeddah", false],
      ["antony-blinken+faisal-bin-farhan", "2023-05-18", null, false],
      ["antony-blinken+faisal-bin-farhan", "2023-06-06", "riyadh", true],
    ]);
  });

  it("finds the terms of the Jeddah agreement", () => {
    const terms = ofKind(facts, "deal-term");
    expect(new Set(terms.map((t) => t.agreement))).toEqual(new Set(["jeddah-agreement-2023"]));
    expect(terms.map((t) => t.requires)).toEqual([
      "both sides must withdraw heavy weapons from the capital Khartoum within 72 hours",
      "The truce will be monitored by a joint committee of Saudi and American officials",
      "open humanitarian corridors",
      "pull their fighters back at least 10 kilometres from hospitals and power stations",
    ]);
    expect(terms[2]?.deadline).toEqual({ on: "2023-05-25", precision: "day" });
    expect(terms[3]?.quantity).toEqual({ min: 10, max: 10, qualifier: "more-than", unit: "km" });
    expect(terms[0]?.parties).toEqual(["sudanese-army", "rapid-support-forces"]);
  });
});

describe("Polish-Lithuanian rail deal (trade news)", () => {
  const { facts } = extractFacts(fixtureArticle("baltic-grain-corridor", "2024-02-08"), { entities: knownEntities });

  it("resolves 'both countries' to the two whose leaders met", () => {
    expect(backingPairs(facts)).toEqual(["lithuania>ukraine", "poland>ukraine"]);
  });

  it("merges the talks told twice, and finds the trip to Berlin planned for 'next week' (no day, so no date)", () => {
    const meetings = ofKind(facts, "meeting").map((m) => ({
      who: m.participants.join("+"),
      on: m.date?.on,
      place: m.place,
      venue: m.venue,
      duration: m.duration,
      planned: m.planned,
    }));
    expect(meetings).toEqual([
      {
        who: "anna-kowalczyk+tomas-vaitkus",
        on: "2024-02-06",
        place: "vilnius",
        venue: "the presidential palace",
        duration: "nearly three hours",
        planned: false,
      },
      {
        who: "anna-kowalczyk+friedrich-albers",
        on: undefined,
        place: "berlin",
        venue: undefined,
        duration: undefined,
        planned: true,
      },
    ]);
  });

  it("finds the plan's terms with their deadlines and quantities", () => {
    const terms = ofKind(facts, "deal-term");
    expect(terms.every((t) => t.agreement === "vilnius-agreement-2024")).toBe(true);
    expect(
      terms.map((t) => [
        t.deadline?.on ?? null,
        t.quantity ? `${t.quantity.qualifier} ${t.quantity.max}${t.quantity.unit}` : null,
      ]),
    ).toEqual([
      [null, null],
      ["2024-03-31", null],
      [null, "up-to 30%"],
      ["2026-01-01", "exact 120km"],
    ]);
  });
});

describe("Syria summit in Ankara (same conflict, another year and other wording)", () => {
  const { facts, entities } = extractFacts(fixtureArticle("ankara-summit-syria", "2019-09-17"), {
    entities: knownEntities,
  });

  it("uses the known entities and adds the new ones", () => {
    expect(backingPairs(facts)).toEqual([
      "iran>bashar-al-assad",
      "russia>bashar-al-assad",
      "turkey>syrian-rebels",
      "united-states>syrian-democratic-forces",
    ]);
    expect(entities.map((e) => e.id).sort()).toEqual(["ankara-agreement-2019", "syrian-democratic-forces"]);
  });

  it("finds the summit in 'the Turkish capital' on Monday and the earlier one in Sochi", () => {
    // The known entities file Ankara under Turkey, so the summit's place is Turkey.
    expect(
      ofKind(facts, "meeting").map((m) => [
        m.participants.length,
        m.date?.on,
        m.date?.precision,
        m.place,
        m.venue ?? null,
      ]),
    ).toEqual([
      [3, "2019-09-16", "day", "turkey", "the Cankaya presidential palace"],
      [3, "2019-02-01", "month", "sochi", null],
    ]);
  });

  it("finds what the three leaders agreed, named after the city they met in, not where the committee will sit", () => {
    const terms = ofKind(facts, "deal-term");
    expect(terms.map((t) => [t.agreement, t.requires, t.deadline?.on ?? null])).toEqual([
      ["ankara-agreement-2019", "establish a constitutional committee in Geneva", null],
      ["ankara-agreement-2019", "hold its first session", "2019-10-31"],
      ["ankara-agreement-2019", "the ceasefire in Idlib must be fully respected by all sides", null],
    ]);
  });
});

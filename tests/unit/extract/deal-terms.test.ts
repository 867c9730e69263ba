import { describe, expect, it } from "vitest";
import { articleOf, factsOf, ofKind } from "./helpers";

const SOCHI =
  "Russian President Vladimir Putin and his Turkish counterpart Recep Tayyip Erdogan met for over four hours in Russia's Black Sea resort of Sochi.";
const termsIn = (...paragraphs: string[]) => ofKind(factsOf(articleOf("2018-09-17", ...paragraphs)), "deal-term");

describe("deal terms: what the parties agreed", () => {
  it("agreed to, with a deadline and a distance; the agreement is the known one named after the meeting place", () => {
    const [term, ...rest] = termsIn(
      SOCHI,
      "Putin said the two leaders agreed to create a 15-20 kilometre-wide demilitarised zone along the line of contact by October 15.",
    );
    expect(rest).toEqual([]);
    expect(term).toMatchObject({
      agreement: "sochi-agreement-2018",
      requires: "create a 15-20 kilometre-wide demilitarised zone along the line of contact",
      deadline: { on: "2018-10-15", precision: "day" },
      quantity: { min: 15, max: 20, qualifier: "exact", unit: "km" },
      parties: ["turkey", "russia"],
    });
  });

  it("what follows the agreement: would entail, agreed on, will be secured, must be restored by the end of the year", () => {
    const terms = termsIn(
      SOCHI,
      "Putin said the two leaders agreed to create a demilitarised zone.",
      'This would entail a "withdrawal of all radical fighters" from Idlib, he added.',
      'Putin and Erdogan also agreed on the withdrawal of "heavy weaponry from this zone," the Russian leader added.',
      "The demilitarised zone will be secured with the help of mobile patrol groups, Putin said.",
      "By the end of the year, transportation routes between Latakia and Aleppo must be restored, he added.",
    );
    expect(terms.map((t) => t.requires)).toEqual([
      "create a demilitarised zone",
      "withdrawal of all radical fighters from Idlib",
      "the withdrawal of heavy weaponry from this zone",
      "The demilitarised zone will be secured with the help of mobile patrol groups",
      "transportation routes between Latakia and Aleppo must be restored",
    ]);
    expect(terms[4]?.deadline).toEqual({ on: "2018-12-31", precision: "day" });
    expect(new Set(terms.map((t) => t.agreement))).toEqual(new Set(["sochi-agreement-2018"]));
  });

  it("two things agreed in one sentence are two terms, each with its own deadline and quantity", () => {
    const terms = termsIn(
      SOCHI,
      "The two leaders agreed to open humanitarian corridors by October 1 and to pull their forces back at least 10 kilometres from the front.",
    );
    expect(terms.map((t) => [t.requires, t.deadline?.on, t.quantity?.min, t.quantity?.qualifier])).toEqual([
      ["open humanitarian corridors", "2018-10-01", undefined, undefined],
      ["pull their forces back at least 10 kilometres from the front", undefined, 10, "more-than"],
    ]);
  });

  it("what could be agreed is not a term, and obligations with no agreement before them are not either", () => {
    expect(termsIn("Assi said the sides could also agree to modify the borders of the deescalation zones.")).toEqual(
      [],
    );
    expect(termsIn("The routes must be restored, an analyst said.")).toEqual([]);
  });

  it("a new agreement is named after the place where it was reached", () => {
    const [term] = ofKind(
      factsOf(
        articleOf(
          "2023-05-21",
          "Sudan's army and the paramilitary Rapid Support Forces (RSF) signed a ceasefire agreement on Saturday after talks in Jeddah.",
          "Under the agreement, both sides must withdraw heavy weapons from the capital.",
        ),
      ),
      "deal-term",
    );
    expect(term).toMatchObject({
      agreement: "jeddah-agreement-2023",
      parties: ["sudanese-army", "rapid-support-forces"],
    });
  });
});

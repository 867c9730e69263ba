// Figures of people and forces, with what they count and who gives them.
// Sentences invented for these tests.
import { describe, expect, it } from "vitest";
import { articleOf, factsOf, ofKind } from "./helpers";

const figuresIn = (...paragraphs: string[]) =>
  ofKind(factsOf(articleOf("2021-06-10", ...paragraphs), []), "figure").map((f) => ({
    value: f.quantity.max,
    qualifier: f.quantity.qualifier,
    counts: f.counts,
    source: f.source,
  }));

describe("figures: how many, of what, says who", () => {
  it("a toll with its source after it, and one verb-first", () => {
    expect(
      figuresIn(
        "More than 41,000 people have been killed since the fighting began, according to the Valmora Red Cross.",
        "The war has displaced some 800,000 residents and destroyed two cities.",
      ),
    ).toEqual([
      {
        value: 41000,
        qualifier: "more-than",
        counts: "people have been killed since the fighting began",
        source: "the Valmora Red Cross",
      },
      { value: 800000, qualifier: "about", counts: "residents displaced", source: undefined },
    ]);
  });

  it("a force with its owner, a source that opens the sentence, and 'could be' as a fate", () => {
    expect(
      figuresIn(
        "The rebels' roughly 3,500 fighters will gather in camps.",
        "The Interior Ministry says up to 900 soldiers could be trapped near the river.",
      ),
    ).toEqual([
      { value: 3500, qualifier: "about", counts: "fighters", source: undefined },
      {
        value: 900,
        qualifier: "up-to",
        counts: "soldiers could be trapped near the river",
        source: "the Interior Ministry",
      },
    ]);
  });

  it("numbers of other things are not figures (they are left to the stated items)", () => {
    expect(figuresIn("The 300-page text sets up 23 zones and 8 camps for 40 guests.")).toEqual([]);
  });
});

// Figures beyond head counts: a share of people and what it says of them, money
// pledged and what for, and a time limit and whose it is. Sentences invented
// for these tests.
import { describe, expect, it } from "vitest";
import { articleOf, factsOf, ofKind } from "./helpers";

const figuresIn = (...paragraphs: string[]) =>
  ofKind(factsOf(articleOf("2021-06-12", ...paragraphs), []), "figure").map((f) => ({
    value: f.quantity.max,
    unit: f.quantity.unit,
    counts: f.counts,
    statement: f.statement,
  }));

describe("figures: shares, money and time limits", () => {
  it("a share of people: '40 percent of the residents had returned'", () => {
    expect(figuresIn("By Friday, 40 percent of the residents of the valley had returned to their homes.")).toEqual([
      {
        value: 40,
        unit: "%",
        counts: "residents of the valley had returned to their homes",
        statement: "40% of the residents of the valley had returned to their homes.",
      },
    ]);
  });

  it("money pledged, and what for: 'a further $25 million in aid for the refugees'", () => {
    expect(figuresIn("The bank pledged a further $25 million in aid for the refugees on Monday.")).toEqual([
      {
        value: 25_000_000,
        unit: "USD",
        counts: "further aid for the refugees on Monday",
        statement: "$25 million in further aid for the refugees on Monday.",
      },
    ]);
  });

  it("a time limit and whose it is: 'the parliament, which has 30 days to ratify it', 'its 90-day review'", () => {
    expect(
      figuresIn(
        "The treaty goes to the Lithuanian Parliament, which has 30 days to ratify it.",
        "The Senate began its 90-day review of the treaty on Monday.",
      ).map((f) => [f.value, f.counts]),
    ).toEqual([
      [30, "days Lithuanian Parliament has to ratify it"],
      [90, "days of Senate's review of the treaty"],
    ]);
  });

  it("a number of days that is no time limit is not a figure", () => {
    expect(figuresIn("The talks lasted nine days and ended on Friday.")).toEqual([]);
  });
});

// Where a term stops and which agreement it belongs to: not when the agreement
// itself takes effect, not the reporter's view tacked on after a comma, and an
// agreement named as the text names it, not after the city of the dateline.
import { describe, expect, it } from "vitest";
import { articleOf, factsOf, ofKind } from "./helpers";

const termsOf = (publishedOn: string, ...paragraphs: string[]) =>
  ofKind(factsOf(articleOf(publishedOn, ...paragraphs)), "deal-term").map((t) => ({
    agreement: t.agreement,
    requires: t.requires,
    ...(t.deadline ? { deadline: t.deadline.on } : {}),
  }));

describe("deal terms: their bounds and their agreement", () => {
  it("when the agreement takes effect, or what happens only on a condition, is not a term", () => {
    const terms = termsOf(
      "2021-03-02",
      "Armenia and Azerbaijan agreed on Monday to exchange all prisoners of war.",
      "The deal will only take effect once both parliaments approve it.",
      "Observers will be sent to the border villages only if both sides ask for them.",
    );
    expect(terms.map((t) => t.requires)).toEqual(["exchange all prisoners of war"]);
  });

  it("a comma and the reporter's view of the step are not part of what was agreed", () => {
    const terms = termsOf(
      "2021-03-02",
      "Serbia and Kosovo agreed on Thursday to reopen two border crossings, in the most ambitious effort in years to ease tension in the region.",
    );
    expect(terms.map((t) => t.requires)).toEqual(["reopen two border crossings"]);
  });

  it("agreed on a phone call: named after those on the line, not after the city the report came from", () => {
    const [term] = termsOf(
      "2021-03-03",
      "YEREVAN, March 3 - Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev spoke by phone on Tuesday and agreed that observers should visit the border villages.",
    );
    expect(term?.agreement).not.toMatch(/yerevan/);
    expect(term?.agreement).toMatch(/pashinyan.*aliyev|aliyev.*pashinyan/);
  });

  it("'Under the Geneva agreement' after another agreement is the Geneva agreement, and 'were to ... by Monday' is a Monday gone by", () => {
    const terms = termsOf(
      "2021-03-03",
      "YEREVAN, March 3 - Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev spoke by phone on Tuesday and agreed that observers should visit the border villages.",
      "Under the Geneva agreement, both armies were to withdraw their artillery from the ridge by Monday, but neither has done so.",
    );
    expect(terms[1]).toEqual({
      agreement: "geneva-agreement-2021",
      requires: "both armies were to withdraw their artillery from the ridge",
      deadline: "2021-03-01",
    });
  });

  it("an agreement the text names after a month is that month's, this year or last", () => {
    const sentence = "The October protocol requires both armies to clear the mines from the bridge.";
    expect(termsOf("2021-12-01", sentence)).toEqual([
      { agreement: "october-protocol-2021", requires: "both armies to clear the mines from the bridge" },
    ]);
    expect(termsOf("2021-03-01", sentence)[0]?.agreement).toBe("october-protocol-2020");
  });
});

// Motives stated in the article's own voice; someone's reading of them is left
// out. Sentences invented for these tests.
import { describe, expect, it } from "vitest";
import { articleOf, factsOf, ofKind } from "./helpers";

const motivesIn = (...paragraphs: string[]) =>
  ofKind(factsOf(articleOf("2021-06-10", ...paragraphs), []), "motive").map((m) => [m.actor, m.stance, m.aim]);

describe("motives: who wants or fears what", () => {
  it("fears, demands and calls for, with the aim cut where the sentence turns to someone else", () => {
    expect(
      motivesIn(
        "Estonia fears that a long blockade of the port, which feeds the capital, could cause shortages.",
        "Latvia demands that the border reopen at once, while Lithuania wants talks first.",
        "Finland has repeatedly called for a ceasefire.",
      ),
    ).toEqual([
      ["estonia", "fears", "a long blockade of the port, which feeds the capital, could cause shortages"],
      ["latvia", "wants", "the border reopen at once"],
      ["finland", "seeks", "a ceasefire"],
    ]);
  });

  it("leaves out a motive given as someone's reading", () => {
    expect(motivesIn("Estonia wants a deal before winter, an analyst said.")).toEqual([]);
  });
});

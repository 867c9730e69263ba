import { describe, expect, it } from "vitest";
import { articleOf, backingPairs, factsOf, ofKind } from "./helpers";

const pairsIn = (...paragraphs: string[]) => backingPairs(factsOf(articleOf("2018-09-17", ...paragraphs)));

describe("backing: the ways English says who backs whom", () => {
  it("active verbs: backs, supports, is backing", () => {
    expect(pairsIn("Turkey however backs opposition fighters seeking the ouster of the Syrian leader.")).toEqual([
      "turkey>syrian-rebels",
    ]);
    expect(pairsIn("Turkey is backing rebel groups and established military observation posts around Idlib.")).toEqual([
      "turkey>syrian-rebels",
    ]);
    expect(pairsIn("Iran strongly supports the Syrian government.")).toEqual(["iran>syrian-government"]);
  });

  it("passive: Y is backed by X, with an aside between", () => {
    expect(pairsIn("The rebels, who are armed by Turkey, hold the north.")).toEqual(["turkey>syrian-rebels"]);
    expect(pairsIn("The Syrian regime, led by Assad since 2000, is backed by Russia.")).toEqual([
      "russia>syrian-government",
    ]);
  });

  it("compound adjective: X-backed Y, X-backed forces of Y, demonym-backed", () => {
    expect(pairsIn("Russia-backed forces of the Syrian regime have massed around Idlib province.")).toEqual([
      "russia>syrian-government",
    ]);
    expect(pairsIn("He denied the start of a Russian-backed offensive by Syrian forces.")).toEqual([
      "russia>syrian-government",
    ]);
  });

  it("allies: X and Z are (key) allies of Y, Y's ally X", () => {
    expect(pairsIn("Russia and Iran are key allies of Syrian President Bashar al-Assad's regime.")).toEqual([
      "iran>syrian-government",
      "russia>syrian-government",
    ]);
    expect(pairsIn("Moscow is Assad's main backer, along with Tehran.")).toEqual([
      "iran>bashar-al-assad",
      "russia>bashar-al-assad",
    ]);
  });

  it("support given: capitals act for their countries", () => {
    expect(
      pairsIn("Moscow and Tehran have given Syrian President Bashar al-Assad crucial support throughout the war."),
    ).toEqual(["iran>bashar-al-assad", "russia>bashar-al-assad"]);
  });

  it("opposite or different sides name no pair, but go into the notes of the sides' backing facts", () => {
    const facts = factsOf(
      articleOf(
        "2018-09-17",
        "The presidents of Russia and Turkey, which are backing different sides in the Syrian conflict, are set to meet.",
        "Russia-backed forces of the Syrian regime have massed around Idlib.",
        "Turkey backs the rebels.",
      ),
    );
    expect(backingPairs(facts)).toEqual(["russia>syrian-government", "turkey>syrian-rebels"]);
    for (const f of ofKind(facts, "backing")) expect(f.note).toMatch(/Russia and Turkey back opposite sides/);
  });

  it("does not read a possessive object or an unrelated verb as backing", () => {
    expect(
      pairsIn(
        "Peskov stressed that Moscow favored Syria's territorial integrity, supported Syria's determination to fight.",
      ),
    ).toEqual([]);
    expect(pairsIn("Turkey has intensified negotiations with Russia to avert a possible attack.")).toEqual([]);
  });

  it("says how the text put it", () => {
    const [fact] = ofKind(
      factsOf(articleOf("2018-09-17", "Russia and Iran are key allies of the Syrian regime.")),
      "backing",
    );
    expect(fact?.phrasing).toBe("are key allies of");
    expect(fact?.status).toBe("proposed");
  });
});

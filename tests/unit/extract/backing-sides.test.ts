// Backing said through the sides themselves: the forces one fought beside, a
// country's own group in a list, "the North", and a side named for whom it leans to.
import { describe, expect, it } from "vitest";
import { extractFacts } from "@/lib/facts";
import { articleOf, backingPairs, factsOf, knownEntities, ofKind } from "./helpers";

const pairsIn = (...paragraphs: string[]) => backingPairs(factsOf(articleOf("2021-03-02", ...paragraphs)));

describe("backing: sides named the way wire copy names them", () => {
  it("troops that fought alongside a country's federal forces back its government, named as the article names it", () => {
    const { facts, entities } = extractFacts(
      articleOf(
        "2021-03-02",
        "Nigeria's federal government said on Monday it would send a delegation.",
        "Chad, whose soldiers have fought alongside Nigerian federal forces near the lake, was not invited.",
      ),
      { entities: knownEntities },
    );
    expect(backingPairs(facts)).toEqual(["chad>nigeria-government"]);
    expect(entities.find((e) => e.id === "nigeria-government")?.aliases).toEqual(
      expect.arrayContaining(["Nigeria's federal government", "Nigerian federal forces"]),
    );
  });

  it("a country's own group in a list is one side, not the owner of another", () => {
    expect(pairsIn("Iran funds Lebanon's Hezbollah and the Syrian government alike.")).toEqual([
      "iran>hezbollah",
      "iran>syrian-government",
    ]);
  });

  it("'the North' after North Korea is North Korea", () => {
    expect(pairsIn("North Korea fired a missile on Monday.", "Russia has become the North's closest ally.")).toEqual([
      "russia>north-korea",
    ]);
  });

  it("'the North' with no such country named is nobody", () => {
    expect(pairsIn("Russia has become the North's closest ally.")).toEqual([]);
  });

  it("pro-Russian rebels and pro-Moscow separatists lean to Russia, even where plain 'rebels' are someone known", () => {
    const facts = factsOf(
      articleOf("2021-03-02", "The pro-Russian rebels hold the east and pro-Moscow separatists the south."),
    );
    expect(ofKind(facts, "backing").map((f) => [f.backer, f.backed, f.phrasing])).toEqual([
      ["russia", "pro-russian-rebels", "pro-Russian"],
      ["russia", "pro-moscow-separatists", "pro-Moscow"],
    ]);
  });
});

// Meetings told through what came of them or what will happen at them: talks
// that ended in an agreement after days of talks, a meeting taken for granted
// in a "when they meet" clause, sides met as a group ("six world powers",
// "commanders from both sides"). Sentences invented for these tests.
import { describe, expect, it } from "vitest";
import { articleOf, factsOf, ofKind } from "./helpers";

const meetingsIn = (publishedOn: string, ...paragraphs: string[]) =>
  ofKind(factsOf(articleOf(publishedOn, ...paragraphs), []), "meeting").map((m) => ({
    who: m.participants.join("+"),
    place: m.place,
    on: m.date?.on,
    duration: m.duration,
    planned: m.planned,
  }));

describe("meetings told through their outcome or their occasion", () => {
  it("'reached a deal on Friday, ending nine days of talks in Geneva': those who agreed talked there", () => {
    const [meeting, ...rest] = ofKind(
      factsOf(
        articleOf(
          "2021-06-12",
          "Venezuela and five world powers reached a deal on Friday on oil exports, ending nine days of talks in Geneva.",
        ),
        [],
      ),
      "meeting",
    );
    expect(rest).toEqual([]);
    expect(meeting).toMatchObject({
      participants: ["five-world-powers", "venezuela"],
      place: "geneva",
      date: { on: "2021-06-11", precision: "day" },
      duration: "nine days",
      planned: false,
    });
    expect(meeting?.statement).toBe(
      "The five world powers and Venezuela met in Geneva for talks lasting nine days, ending on 11 June 2021.",
    );
  });

  it("'After 20 hours of negotiations, X and Y agreed': held where the report was filed", () => {
    expect(
      meetingsIn(
        "2021-06-12",
        "DOHA, June 12 - After more than 20 hours of negotiations, Foreign Minister Lena Varga and Prime Minister Tomas Rell agreed on a prisoner exchange.",
      ),
    ).toEqual([
      { who: "lena-varga+tomas-rell", place: "doha", on: undefined, duration: "more than 20 hours", planned: false },
    ]);
  });

  it("'X and Y could sign it when they meet in Z on Friday': a meeting ahead, whatever may come of it", () => {
    expect(
      meetingsIn(
        "2021-06-08",
        "The two sides are drafting a trade pact, which President Arno Kessel and Premier Ana Lutz could sign when they meet in Oslo on Friday.",
      ),
    ).toEqual([{ who: "ana-lutz+arno-kessel", place: "oslo", on: "2021-06-11", duration: undefined, planned: true }]);
  });

  it("a count of powers named later by its count ('the five powers') is the same side", () => {
    const facts = factsOf(
      articleOf(
        "2021-06-12",
        "Venezuela and five world powers reached a deal on Friday, ending nine days of talks in Geneva.",
        "Venezuela and the five powers will meet again in Geneva on June 20.",
      ),
      [],
    );
    expect(ofKind(facts, "meeting").map((m) => [m.participants.join("+"), m.planned])).toEqual([
      ["five-world-powers+venezuela", false],
      ["five-world-powers+venezuela", true],
    ]);
  });

  it("'commanders from both sides will meet': the two sides that agreed, by the government's own name", () => {
    expect(
      meetingsIn(
        "2021-06-12",
        "Sudan's transitional government and the Sudan Liberation Army agreed on Friday to a truce.",
        "Senior commanders from both sides will meet within a week to discuss the pullback.",
      ).filter((m) => m.planned),
    ).toEqual([
      {
        who: "sudan-government+sudan-liberation-army",
        place: undefined,
        on: undefined,
        duration: undefined,
        planned: true,
      },
    ]);
  });
});

// The traps a careless extractor falls into, each in sentences written for
// this test (invented countries' talks, not any article of the corpus).
import { describe, expect, it } from "vitest";
import { articleOf, backingPairs, factsOf, ofKind } from "./helpers";

describe("tense and modality", () => {
  it("a hypothetical deal and a quoted demand state no term", () => {
    const facts = factsOf(
      articleOf(
        "2021-03-10",
        "LIMA, March 10 - Diplomats said a deal could require Chile to withdraw its frigates from the disputed waters.",
        "Lima demands that Chile pay for the damage before any agreement is signed.",
      ),
    );
    expect(ofKind(facts, "deal-term")).toEqual([]);
  });

  it("what was agreed 'on Tuesday' is a term without the weekday in it", () => {
    const facts = factsOf(
      articleOf(
        "2021-03-10",
        "LIMA, March 10 - Chile and Peru agreed on Tuesday to reopen their shared border to lorries.",
      ),
    );
    expect(ofKind(facts, "deal-term").map((t) => t.requires)).toEqual(["reopen their shared border to lorries"]);
  });

  it("agreeing to keep talking is not a term", () => {
    const facts = factsOf(
      articleOf(
        "2021-03-10",
        "LIMA, March 10 - Chile and Peru agreed on Tuesday to keep talking in the Peruvian capital.",
      ),
    );
    expect(ofKind(facts, "deal-term")).toEqual([]);
  });
});

describe("clean term boundaries", () => {
  it("drops 'according to the agreement' and a 'but ...' tail", () => {
    const facts = factsOf(
      articleOf(
        "2021-03-10",
        "LIMA, March 10 - Chile and Peru agreed on Tuesday to reopen the border crossing at Tacna, but officials warned that queues would be long.",
        "Customs officers from both countries will inspect every lorry, according to the agreement.",
      ),
    );
    expect(ofKind(facts, "deal-term").map((t) => t.requires)).toEqual([
      "reopen the border crossing at Tacna",
      "Customs officers from both countries will inspect every lorry",
    ]);
  });

  it("a term the declaration 'says' keeps its words, not the attribution", () => {
    const facts = factsOf(
      articleOf(
        "2021-03-10",
        "QUITO, March 10 - Ecuador and Peru signed a declaration on Tuesday to end their fishing dispute.",
        "Both navies will stop boarding fishing boats from April 1, the declaration says.",
      ),
    );
    const terms = ofKind(facts, "deal-term").map((t) => t.requires);
    expect(terms).toContain("Both navies will stop boarding fishing boats from April 1");
  });
});

describe("agreements named after what the text names", () => {
  it("'Under the Tacna agreement' files the term under the Tacna agreement", () => {
    const facts = factsOf(
      articleOf(
        "2021-03-10",
        "SANTIAGO, March 10 - Under the Tacna agreement, both sides must withdraw their patrol boats from the bay.",
      ),
    );
    const terms = ofKind(facts, "deal-term");
    expect(terms.map((t) => t.agreement)).toEqual(["tacna-agreement-2021"]);
  });

  it("an agreement reached in the report is named after its dateline, not after an older one it mentions", () => {
    const facts = factsOf(
      articleOf(
        "2021-03-10",
        "QUITO, March 10 - Army commanders from Ecuador and Peru agreed on Tuesday to clear the mines along the river, following up on the truce the two sides signed in Lima last month.",
      ),
    );
    expect(ofKind(facts, "deal-term").map((t) => t.agreement)).toEqual(["quito-agreement-2021"]);
  });
});

describe("backing in its phrasings", () => {
  it("'pro-Moscow separatists' and 'the separatists, backed by Russia'", () => {
    expect(
      backingPairs(factsOf(articleOf("2015-02-11", "The army is fighting pro-Moscow separatists in the east."))),
    ).toEqual(["russia>pro-moscow-separatists"]);
    expect(
      backingPairs(factsOf(articleOf("2015-02-11", "The separatists, backed by Russia, took the town on Tuesday."))),
    ).toEqual(["russia>separatists"]);
  });

  it("'supports forces opposed to' the rebels backs the government", () => {
    const facts = factsOf(
      articleOf(
        "2017-07-05",
        "Iran, which supports forces opposed to the Syrian rebels, says it is fighting terrorism.",
      ),
    );
    expect(backingPairs(facts)).toEqual(["iran>syrian-government"]);
  });

  it("'which X backs', 'sided with' and 'X, Y's main backer,'", () => {
    expect(
      backingPairs(factsOf(articleOf("2017-07-05", "The Syrian opposition, which Turkey backs, left the talks."))),
    ).toEqual(["turkey>syrian-rebels"]);
    expect(
      backingPairs(factsOf(articleOf("2015-07-07", "Russia, which sells arms to Tehran, has sided with Iran."))),
    ).toEqual(["russia>iran"]);
    expect(
      backingPairs(
        factsOf(articleOf("2018-05-11", "Russia, Syria's main backer, has urged both sides to be patient.")),
      ),
    ).toEqual(["russia>syria"]);
  });
});

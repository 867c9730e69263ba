import { describe, expect, it } from "vitest";
import { evaluate, factsMatch, type Fact } from "@/lib/facts";

const evidence = [{ article: "a", passage: "p1", quote: "Russia and Iran are key allies of the Syrian regime." }];
const backing = (id: string, backer: string, backed: string): Fact => ({
  id,
  kind: "backing",
  statement: "s",
  status: "reviewed",
  backer,
  backed,
  phrasing: "backs",
  evidence,
  conflictsWith: [],
  importance: "supporting",
});
const meeting = (
  id: string,
  participants: string[],
  extra: Partial<Extract<Fact, { kind: "meeting" }>> = {},
): Fact => ({
  id,
  kind: "meeting",
  statement: "s",
  status: "reviewed",
  participants,
  format: "talks",
  planned: false,
  evidence,
  conflictsWith: [],
  importance: "supporting",
  ...extra,
});
const term = (id: string, requires: string, agreement = "sochi-agreement-2018"): Fact => ({
  id,
  kind: "deal-term",
  statement: "s",
  status: "reviewed",
  agreement,
  requires,
  parties: [],
  evidence: [{ article: "a", passage: "p9", quote: requires }],
  conflictsWith: [],
  importance: "supporting",
});

describe("matching proposed facts to reviewed ones", () => {
  it("backing matches on the (backer, backed) pair only", () => {
    expect(factsMatch(backing("x", "russia", "syrian-government"), backing("y", "russia", "syrian-government"))).toBe(
      true,
    );
    expect(factsMatch(backing("x", "syrian-government", "russia"), backing("y", "russia", "syrian-government"))).toBe(
      false,
    );
  });

  it("meetings match on the same participants and the same day or the same place", () => {
    const day = { on: "2018-09-17", precision: "day" as const };
    const reviewed = meeting("r", ["vladimir-putin", "recep-tayyip-erdogan"], { date: day, place: "sochi" });
    expect(factsMatch(meeting("p", ["recep-tayyip-erdogan", "vladimir-putin"], { date: day }), reviewed)).toBe(true);
    expect(factsMatch(meeting("p", ["recep-tayyip-erdogan", "vladimir-putin"], { place: "sochi" }), reviewed)).toBe(
      true,
    );
    expect(
      factsMatch(
        meeting("p", ["recep-tayyip-erdogan", "vladimir-putin"], { date: { on: "2018-09-07", precision: "day" } }),
        reviewed,
      ),
    ).toBe(false);
    expect(factsMatch(meeting("p", ["vladimir-putin", "hassan-rouhani"], { date: day }), reviewed)).toBe(false);
  });

  it("deal terms match on the agreement and what is required", () => {
    const reviewed = term("r", "restore the transportation routes Latakia-Aleppo and Latakia-Hama");
    expect(
      factsMatch(
        term("p", "transportation routes between Latakia and Aleppo as well as Latakia and Hama must be restored"),
        reviewed,
      ),
    ).toBe(true);
    expect(factsMatch(term("p", "withdrawal of heavy weaponry from the zone"), reviewed)).toBe(false);
    expect(factsMatch(term("p", "restore the transportation routes Latakia-Aleppo", "other-agreement"), reviewed)).toBe(
      false,
    );
  });

  it("counts precision over distinct proposed ids and recall over reviewed facts", () => {
    const reviewed = [backing("r1", "russia", "syrian-government"), backing("r2", "turkey", "syrian-rebels")];
    const proposed = [
      backing("p1", "russia", "syrian-government"),
      backing("p1", "russia", "syrian-government"),
      backing("p2", "iran", "hezbollah"),
    ];
    const backingScore = evaluate(proposed, reviewed).kinds.find((k) => k.kind === "backing");
    expect(backingScore).toMatchObject({
      proposed: 2,
      correct: 1,
      recalled: 1,
      precision: 0.5,
      recall: 0.5,
      unmatchedProposed: ["p2"],
      missedReviewed: ["r2"],
    });
  });
});

describe("matching rules for the evaluation corpus", () => {
  it("a meeting that will happen does not match one held, and no given place may differ", () => {
    const day = { on: "2015-02-24", precision: "day" as const };
    const planned = meeting("r", ["russia", "france"], { date: day, place: "paris", planned: true });
    expect(factsMatch(meeting("p", ["russia", "france"], { date: day, place: "paris", planned: false }), planned)).toBe(
      false,
    );
    expect(factsMatch(meeting("p", ["russia", "france", "ukraine"], { date: day, planned: true }), planned)).toBe(true);
    expect(factsMatch(meeting("p", ["russia", "france"], { date: day, place: "minsk", planned: true }), planned)).toBe(
      false,
    );
    expect(factsMatch(meeting("p", ["russia"], { date: day, place: "paris", planned: true }), planned)).toBe(false);
  });

  it("a deal term dragging a tail of other words does not match the clean term", () => {
    const reviewed = term("r", "a ceasefire in eastern Ukraine from midnight on February 15", "minsk");
    expect(factsMatch(term("p", "ceasefire in eastern Ukraine from midnight on February 15", "minsk"), reviewed)).toBe(
      true,
    );
    const tail =
      "ceasefire, he said but stressed that Kiev was still unwilling to discuss autonomy for the regions held by the separatists";
    expect(
      factsMatch({ ...term("p", tail, "minsk"), evidence: [{ article: "b", passage: "p1", quote: tail }] }, reviewed),
    ).toBe(false);
  });

  it("evaluates every kind present, core kinds first, with the facts that went wrong", () => {
    const result = evaluate([backing("p1", "iran", "hezbollah")], [backing("r1", "russia", "syrian-government")]);
    expect(result.kinds.map((k) => k.kind)).toEqual(["backing", "meeting", "deal-term"]);
    expect(result.kinds[0]?.falsePositives.map((f) => f.id)).toEqual(["p1"]);
    expect(result.core).toMatchObject({ proposed: 1, reviewed: 1, correct: 0 });
  });
});

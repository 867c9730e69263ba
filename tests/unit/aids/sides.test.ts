import { describe, expect, it } from "vitest";
import { buildSides, type Side } from "@/lib/aids";
import { names, sourced } from "./fixtures";

const backs = (backer: string, backed: string, phrasing = "supports", status: "reviewed" | "proposed" = "reviewed") =>
  sourced(
    {
      id: `${backer}-backs-${backed}-${phrasing.replace(/\W+/g, "-")}`.replace(/-+$/, ""),
      kind: "backing",
      backer,
      backed,
      phrasing,
    },
    status,
  );

// An invented war with no country of the seed corpus in it.
const entities = names({
  ruritania: "Ruritania",
  kravonia: "Kravonia",
  graustark: "Graustark",
  freedonia: "Freedonia",
  sylvania: "Sylvania",
  royalists: "the Royalists",
  "king-rudolf": "King Rudolf",
  republicans: "the Republicans",
});

const invented = [
  backs("ruritania", "royalists", "arms"),
  backs("kravonia", "royalists", "bankrolls"),
  backs("ruritania", "king-rudolf", "stands behind"),
  backs("kravonia", "king-rudolf", "stands behind"),
  backs("graustark", "republicans", "trains"),
  backs("freedonia", "graustark", "funds"),
  backs("sylvania", "freedonia", "arms"),
];

const summary = (sides: Side[]) =>
  sides.map((s) => ({
    name: s.name,
    groups: s.groups.map((g) => [g.backers.map((b) => b.name), g.backs.map((b) => b.name)]),
  }));

describe("buildSides", () => {
  it("finds the sides of any conflict from its backing facts alone", () => {
    // The side with more backing facts comes first; a chain of backers reads down to whom it is all for.
    expect(summary(buildSides(invented, entities))).toEqual([
      {
        name: "King Rudolf and the Royalists",
        groups: [
          [
            ["Kravonia", "Ruritania"],
            ["King Rudolf", "the Royalists"],
          ],
        ],
      },
      {
        name: "the Republicans",
        groups: [
          [["Sylvania"], ["Freedonia"]],
          [["Freedonia"], ["Graustark"]],
          [["Graustark"], ["the Republicans"]],
        ],
      },
    ]);
  });

  it("groups backers by what they back", () => {
    const royalists = buildSides(invented, entities).find((s) => s.id.includes("royalists"));
    expect(royalists?.groups).toHaveLength(1);
    expect(royalists?.groups[0]?.edges.map((e) => `${e.backer.name} ${e.phrasing} ${e.backed.name}`)).toEqual([
      "Kravonia stands behind King Rudolf",
      "Kravonia bankrolls the Royalists",
      "Ruritania stands behind King Rudolf",
      "Ruritania arms the Royalists",
    ]);
    expect(royalists?.principals.map((p) => p.id)).toEqual(["king-rudolf", "royalists"]);
  });

  it("gives every edge its fact id, the article's phrasing and the evidence", () => {
    const edges = buildSides(invented, entities).flatMap((s) => s.edges);
    expect(edges).toHaveLength(invented.length);
    const trains = edges.find((e) => e.phrasing === "trains");
    expect(trains).toMatchObject({
      factId: "graustark-backs-republicans-trains",
      backer: { id: "graustark", name: "Graustark" },
      backed: { id: "republicans", name: "the Republicans" },
      proposed: false,
      evidence: [
        {
          article: "an-invented-article",
          passage: "p1",
          quote: "words stating graustark-backs-republicans-trains",
          articleTitle: "An invented article",
        },
      ],
    });
  });

  it("follows the facts, not the seed: the seed's own ids with the roles swapped give swapped sides", () => {
    const swapped = [
      backs("turkey", "syrian-government"),
      backs("russia", "syrian-rebels"),
      backs("iran", "syrian-rebels"),
    ];
    const sides = buildSides(
      swapped,
      names({
        turkey: "Turkey",
        russia: "Russia",
        iran: "Iran",
        "syrian-government": "Syrian government",
        "syrian-rebels": "Syrian rebels",
      }),
    );
    expect(summary(sides)).toEqual([
      { name: "Syrian rebels", groups: [[["Iran", "Russia"], ["Syrian rebels"]]] },
      { name: "Syrian government", groups: [[["Turkey"], ["Syrian government"]]] },
    ]);
  });

  it("joins two sides into one when a backer backs both", () => {
    const sides = buildSides(
      [backs("ruritania", "royalists"), backs("graustark", "republicans"), backs("ruritania", "republicans")],
      entities,
    );
    expect(sides).toHaveLength(1);
    expect(sides[0]?.principals.map((p) => p.name)).toEqual(["the Republicans", "the Royalists"]);
  });

  it("makes as many sides as there are separate groups", () => {
    const sides = buildSides(
      [backs("ruritania", "royalists"), backs("graustark", "republicans"), backs("sylvania", "freedonia")],
      entities,
    );
    expect(sides.map((s) => s.name)).toEqual(["Freedonia", "the Republicans", "the Royalists"]);
  });

  it("still names a side when two backers back each other", () => {
    const sides = buildSides(
      [backs("ruritania", "kravonia"), backs("kravonia", "ruritania"), backs("graustark", "kravonia")],
      entities,
    );
    expect(sides[0]?.principals.map((p) => p.name)).toEqual(["Kravonia"]);
  });

  it("marks proposed links, reads unknown ids as words, and ignores facts of other kinds", () => {
    const sides = buildSides(
      [
        backs("ruritania", "free-army", "arms", "proposed"),
        sourced({ id: "a-meeting", kind: "meeting", participants: ["ruritania", "kravonia"], format: "talks" }),
      ],
      entities,
    );
    expect(sides).toHaveLength(1);
    expect(sides[0]?.edges[0]).toMatchObject({ proposed: true, backed: { id: "free-army", name: "free army" } });
  });

  it("has no sides without backing facts", () => {
    expect(buildSides([], entities)).toEqual([]);
  });
});

import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { appendEntities, extractFacts, factsFileSchema, proposalFile } from "@/lib/facts";
import { fixtureArticle, knownEntities } from "./helpers";

const EXISTING =
  "# The things the facts talk about.\n\n# Countries\n- id: russia\n  type: country\n  name: Russia\n  aliases: [Moscow]\n";

describe("the files content:import writes", () => {
  it("appends new entities after the existing text, leaving every existing line as it was", () => {
    const text = appendEntities(
      EXISTING,
      [{ id: "sudan", type: "country", name: "Sudan", aliases: [] }],
      "sudan-truce",
    );
    expect(text?.startsWith(EXISTING)).toBe(true);
    expect(text).toContain("# Proposed by content:import for sudan-truce");
    expect(parse(text ?? "")).toEqual([
      { id: "russia", type: "country", name: "Russia", aliases: ["Moscow"] },
      { id: "sudan", type: "country", name: "Sudan" },
    ]);
    expect(appendEntities(EXISTING, [], "sudan-truce")).toBeUndefined();
  });

  it("refuses to append an entity the schema rejects", () => {
    expect(() =>
      appendEntities(EXISTING, [{ id: "Not An Id", type: "country", name: "X", aliases: [] }], "s"),
    ).toThrow();
  });

  it("writes proposed facts that read back as the same facts", () => {
    const { facts } = extractFacts(fixtureArticle("sudan-truce-jeddah", "2023-05-21"), { entities: knownEntities });
    const text = proposalFile(facts, {
      slug: "sudan-truce-jeddah",
      source: "sudan.txt",
      alreadyKnown: [],
      newEntities: ["sudan"],
    });
    expect(text).not.toMatch(/&a\d|\*a\d/); // no YAML anchors: each fact reads on its own
    expect(factsFileSchema.parse(parse(text))).toEqual(facts);
    expect(factsFileSchema.parse(parse(text)).every((f) => f.status === "proposed")).toBe(true);
  });
});

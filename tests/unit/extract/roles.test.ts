// Roles from the office wire copy puts before a name: the affiliation split
// from the office, a country kept as the role's country. Sentences invented for
// these tests.
import { describe, expect, it } from "vitest";
import { articleOf, factsOf, ofKind } from "./helpers";

const rolesIn = (...paragraphs: string[]) =>
  ofKind(factsOf(articleOf("2021-06-10", ...paragraphs), []), "role").map((r) => ({
    person: r.person,
    office: r.office,
    country: r.country,
    quote: r.evidence[0]?.quote,
  }));

describe("roles: the office before a name", () => {
  it("a country's office, a group's office and a title with 'of'", () => {
    expect(
      rolesIn(
        "Estonian President Arno Kessel and rebel leader Dario Mend met U.S. Secretary of State Lena Varga in Tallinn.",
      ),
    ).toEqual([
      { person: "arno-kessel", office: "President", country: "estonia", quote: "Estonian President Arno Kessel" },
      { person: "dario-mend", office: "leader", country: undefined, quote: "leader Dario Mend" },
      {
        person: "lena-varga",
        office: "Secretary of State",
        country: "united-states",
        quote: "U.S. Secretary of State Lena Varga",
      },
    ]);
  });

  it("one role per person, from the first titled mention; a counterpart names no office", () => {
    const roles = rolesIn(
      "Latvian Prime Minister Tomas Rell spoke to his Estonian counterpart Ilse Brandt on Monday.",
      "Prime Minister Tomas Rell later flew to Riga.",
    );
    expect(roles).toEqual([
      { person: "tomas-rell", office: "Prime Minister", country: "latvia", quote: "Latvian Prime Minister Tomas Rell" },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import type { Entity } from "@/lib/facts/schema";
import {
  applyFactEdit,
  factFormValues,
  newFactDraft,
  newFactSchema,
  parseQuantity,
  resolveEntityNames,
} from "@/lib/teach";
import { tehranArticle, tehranFact } from "../../fixtures/tehran-fact";

const entities: Entity[] = [
  { id: "iran", type: "country", name: "Iran", aliases: ["Tehran"] },
  { id: "russia", type: "country", name: "Russia", aliases: [] },
  { id: "bashar-al-assad", type: "person", name: "Bashar al-Assad", aliases: ["Assad"] },
  { id: "georgia", type: "country", name: "Georgia", aliases: [] },
  { id: "georgia-us", type: "place", name: "Georgia", aliases: [] },
];

describe("entities by name", () => {
  it("finds known entities by name or alias, whatever the case and spacing", () => {
    const r = resolveEntityNames("backing", { backer: "  tehran ", backed: "bashar  AL-assad" }, entities);
    expect(r).toMatchObject({ ok: true, newEntities: [] });
    if (r.ok) expect([r.form.backer, r.form.backed]).toEqual(["iran", "bashar-al-assad"]);
  });

  it("creates a new entity with the type the teacher chose, once even when named twice", () => {
    const r = resolveEntityNames(
      "meeting",
      {
        "participants.0": "Iran",
        "participants.1": "Arkadia Federation",
        "participants.1.newType": "country",
        place: "arkadia federation",
        "place.newType": "country",
      },
      entities,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.newEntities).toEqual([
      { id: "arkadia-federation", type: "country", name: "Arkadia Federation", aliases: [] },
    ]);
    expect(r.form.participants).toBe("iran, arkadia-federation");
    expect(r.form.place).toBe("arkadia-federation");
  });

  it("asks for a type for an unknown name, and refuses a name two entities share", () => {
    const r = resolveEntityNames("backing", { backer: "Atlantis", backed: "Georgia" }, entities);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fieldErrors.backer?.[0]).toMatch(/No entity is called "Atlantis"/);
    expect(r.fieldErrors.backed?.[0]).toMatch(/More than one entity is called "Georgia"/);
  });

  it("does not let a new entity take a known id", () => {
    const r = resolveEntityNames("backing", { backer: "Russia!", "backer.newType": "group", backed: "Iran" }, entities);
    // "Russia!" is not the name "Russia": a new group, with an id of its own.
    expect(r.ok && r.newEntities[0]?.id).toBe("russia-2");
  });

  it("shows names, not ids, when a fact is opened for editing", () => {
    const names = new Map(entities.map((e) => [e.id, e.name]));
    expect(factFormValues(tehranFact, names)).toMatchObject({ backer: "Iran", backed: "Bashar al-Assad" });
  });
});

describe("a fact the teacher adds from a selection", () => {
  const quote = "Turkey backs some rebel groups";
  const form = {
    slug: "tehran",
    passage: "p1",
    kind: "backing",
    status: "proposed",
    "quote.0": quote,
    statement: "Turkey backs some rebel groups.",
    backer: "turkey",
    backed: "rebel-groups",
    phrasing: "backs",
  };

  it("is built from the form when the quote is word for word in the passage", () => {
    const draft = newFactDraft("backing", { article: "tehran", passage: "p1", quote }, "proposed", form.statement);
    const result = applyFactEdit(draft, form, {
      articles: [tehranArticle],
      entityIds: new Set(["turkey", "rebel-groups"]),
    });
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.fact).toMatchObject({
        id: "backing-turkey-backs-some-rebel-groups",
        kind: "backing",
        status: "proposed",
        backer: "turkey",
        evidence: [{ passage: "p1", quote }],
      });
  });

  it("is refused when the quote is not in the passage, or the passage is not the article's", () => {
    const ctx = { articles: [tehranArticle], entityIds: new Set(["turkey", "rebel-groups"]) };
    const reworded = applyFactEdit(
      newFactDraft("backing", { article: "tehran", passage: "p1", quote: "Turkey supports rebels" }, "proposed", "x"),
      { ...form, "quote.0": "Turkey supports rebels" },
      ctx,
    );
    expect(reworded.ok || reworded.fieldErrors["quote.0"]).toEqual([
      "The quote must be found word for word in passage 1",
    ]);
    const elsewhere = applyFactEdit(
      newFactDraft("backing", { article: "tehran", passage: "p9", quote }, "proposed", "x"),
      form,
      ctx,
    );
    expect(elsewhere.ok).toBe(false);
  });

  it("needs a known kind, a passage key and a quote at the boundary", () => {
    expect(newFactSchema.safeParse(form).success).toBe(true);
    for (const bad of [{ kind: "rumour" }, { kind: "__proto__" }, { passage: "intro" }, { "quote.0": "   " }]) {
      expect(newFactSchema.safeParse({ ...form, ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe("quantities as typed", () => {
  it("reads a number or a range and what it counts", () => {
    expect(parseQuantity("900,000 people")).toEqual({ min: 900000, max: 900000, qualifier: "exact", unit: "people" });
    expect(parseQuantity("40-50 trucks", "about")).toEqual({ min: 40, max: 50, qualifier: "about", unit: "trucks" });
    expect(parseQuantity("40 to 50 trucks")).toMatchObject({ min: 40, max: 50 });
  });
  it("refuses text without a number or a unit, and a range upside down", () => {
    for (const bad of ["many people", "900000", "50-40 trucks", ""]) expect(parseQuantity(bad), bad).toBeNull();
  });
});

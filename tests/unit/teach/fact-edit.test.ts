import { describe, expect, it } from "vitest";
import type { Fact } from "@/lib/facts/schema";
import { applyFactEdit, factFormValues, parseFactDate } from "@/lib/teach";
import { tehranEditContext, tehranFact } from "../../fixtures/tehran-fact";

const fact = tehranFact;
const context = tehranEditContext;

describe("editing a fact", () => {
  it("starts from the fact's own values", () => {
    expect(factFormValues(fact)).toEqual({
      statement: "Iran backs Bashar al-Assad.",
      backer: "iran",
      backed: "bashar-al-assad",
      phrasing: "are the key allies of",
      "quote.0": fact.evidence[0]?.quote,
    });
  });

  it("keeps the id, kind and status and applies the new values", () => {
    const result = applyFactEdit(
      fact,
      {
        ...factFormValues(fact),
        backer: "russia",
        statement: "Russia backs Bashar al-Assad.",
        "quote.0": "Russia are the key allies",
      },
      context,
    );
    expect(result).toEqual({
      ok: true,
      fact: {
        ...fact,
        backer: "russia",
        statement: "Russia backs Bashar al-Assad.",
        evidence: [{ article: "tehran", passage: "p1", quote: "Russia are the key allies" }],
      },
    });
  });

  it("refuses a quote that is not word for word in its passage, an unknown entity and an empty required field", () => {
    const result = applyFactEdit(
      fact,
      { ...factFormValues(fact), backer: "atlantis", phrasing: " ", "quote.0": "Iran and Russia are key allies" },
      context,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fieldErrors).sort()).toEqual(["backer", "phrasing", "quote.0"]);
  });

  it("refuses a quote found more than once in its passage", () => {
    const twice: Fact = { ...fact, evidence: [{ article: "tehran", passage: "p2", quote: "Iran and Iran" }] };
    const result = applyFactEdit(twice, { ...factFormValues(twice), "quote.0": "Iran" }, context);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors["quote.0"]?.[0]).toContain("more than once");
  });

  it("reads dates as a year, a month or a day", () => {
    expect(parseFactDate("2018")).toEqual({ on: "2018-01-01", precision: "year" });
    expect(parseFactDate("2018-09")).toEqual({ on: "2018-09-01", precision: "month" });
    expect(parseFactDate("2018-09-17")).toEqual({ on: "2018-09-17", precision: "day" });
    expect(parseFactDate("17 Sept")).toBeNull();
  });
});

describe("a zipped QTI package", () => {
  it("is a stored ZIP whose entries and end record agree", async () => {
    const { zipFiles } = await import("@/lib/teach");
    const zip = zipFiles(
      new Map([
        ["imsmanifest.xml", "<manifest/>"],
        ["items/q-1.xml", "<item/>"],
      ]),
    );
    expect(zip.readUInt32LE(0)).toBe(0x04034b50);
    const end = zip.length - 22;
    expect(zip.readUInt32LE(end)).toBe(0x06054b50);
    expect(zip.readUInt16LE(end + 10)).toBe(2);
    const directoryAt = zip.readUInt32LE(end + 16);
    expect(zip.readUInt32LE(directoryAt)).toBe(0x02014b50);
    expect(zip.subarray(30, 30 + "imsmanifest.xml".length).toString()).toBe("imsmanifest.xml");
  });
});

import { describe, expect, it } from "vitest";
import { repairLayout } from "@/lib/content";

/** The words of a text, in order, ignoring how whitespace was laid out. */
const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe("repairLayout: hard-wrapped text", () => {
  // Wrapped at ~60 columns with an empty line after every wrapped line.
  const wrapped = [
    "Harbour reopens after the storm",
    "",
    "The city council voted on Tuesday to reopen the old",
    "",
    "harbour after a three-week closure caused by the",
    "",
    "storm.",
    "",
    "Fishermen welcomed the decision, saying the closure had",
    "",
    "cost them most of the autumn catch, a loss of about",
    "",
    "",
    "Dock workers will return on Monday, the mayor said.",
    "",
    "Repairs ahead",
    "",
    "Engineers found the north pier sound but the ferry",
    "",
    "ramp needs a new deck, a job the council put at two",
    "",
    "weeks of work and a cost it would not yet disclose.",
    "",
    "The long-",
    "",
    "awaited dredging will wait until spring.",
  ].join("\n");

  const result = repairLayout(wrapped);

  it("takes the first line as the title", () => {
    expect(result.title).toBe("Harbour reopens after the storm");
  });

  it("rejoins wrapped lines into paragraphs with single spaces", () => {
    expect(result.paragraphs).toEqual([
      "The city council voted on Tuesday to reopen the old harbour after a three-week closure caused by the storm.",
      "Fishermen welcomed the decision, saying the closure had cost them most of the autumn catch, a loss of about",
      "Dock workers will return on Monday, the mayor said.",
      "Repairs ahead",
      "Engineers found the north pier sound but the ferry ramp needs a new deck, a job the council put at two weeks of work and a cost it would not yet disclose.",
      "The long-awaited dredging will wait until spring.",
    ]);
  });

  it("keeps every word, adding none", () => {
    const out = [result.title ?? "", ...result.paragraphs].join(" ");
    // The only difference allowed: a line-end hyphen joins two halves of one word.
    expect(words(out)).toEqual(words(wrapped.replace("long-\n\nawaited", "long-awaited")));
  });

  it("reports the rejoin, the hyphen join and the lost words without inventing any", () => {
    expect(result.repairs).toContain(
      "rejoined 12 hard-wrapped lines into 6 paragraphs (an empty line followed every wrapped line, so empty lines did not mark paragraphs)",
    );
    expect(result.repairs).toContain("joined 'long-' and 'awaited' without a space at a line-end hyphen (p6)");
    expect(result.repairs.some((r) => r.startsWith("p2 ends mid-sentence ('…loss of about')"))).toBe(true);
    expect(result.paragraphs[1]).toMatch(/a loss of about$/);
  });

  it("reads single-spaced wrapped text, where an empty line is a paragraph break", () => {
    const text = "Rain is expected across the valley\nthroughout the weekend.\n\nFarmers said\nthey had finished the harvest in time.";
    expect(repairLayout(text).paragraphs).toEqual([
      "Rain is expected across the valley throughout the weekend.",
      "Farmers said they had finished the harvest in time.",
    ]);
  });
});

describe("repairLayout: page furniture", () => {
  const page = [
    "Thu, 5 Mar 2015",
    "",
    "A new bridge over the river opened to traffic on Wednesday, the transport office said.",
    "",
    "READ ALSO: Ten Bridges You Must See",
    "",
    "The crossing cuts the drive between the two towns by twenty minutes. It also carries a cycle lane.",
    "",
    "Readers of our newsletter asked whether tolls would apply; officials said they would not.",
    "",
    "Source: Valley Courier (VC)",
    "",
    "Copyright (c) 2015. Valley Media, Inc. All rights reserved.",
    "",
    "More Valley News",
    "",
    "Sign up for Valley Morning",
    "",
    "the newsletter that lands in your inbox at six!",
  ].join("\n");
  const result = repairLayout(page);

  it("drops promotional, credit, copyright and date-only lines and lists each one", () => {
    expect(result.droppedLines).toEqual([
      "Thu, 5 Mar 2015",
      "READ ALSO: Ten Bridges You Must See",
      "Source: Valley Courier (VC)",
      "Copyright (c) 2015. Valley Media, Inc. All rights reserved.",
      "More Valley News",
      "Sign up for Valley Morning",
      "the newsletter that lands in your inbox at six!",
    ]);
    expect(result.repairs).toContain("dropped date-only header line 'Thu, 5 Mar 2015'");
    expect(result.repairs).toContain("dropped promotional line 'Sign up for Valley Morning'");
    expect(result.repairs).toContain("dropped credit line 'Source: Valley Courier (VC)'");
  });

  it("keeps prose that merely mentions a newsletter", () => {
    expect(result.paragraphs).toEqual([
      "A new bridge over the river opened to traffic on Wednesday, the transport office said.",
      "The crossing cuts the drive between the two towns by twenty minutes. It also carries a cycle lane.",
      "Readers of our newsletter asked whether tolls would apply; officials said they would not.",
    ]);
  });

  it("notes that no headline was found rather than making one up", () => {
    expect(result.title).toBeUndefined();
    expect(result.repairs).toContain("no headline line found; the title must come from elsewhere");
  });

  it("surfaces the header date, the credited outlet and the copyright as hints", () => {
    expect(result.hints.headerDate).toEqual({ text: "Thu, 5 Mar 2015", isoDay: "2015-03-05" });
    expect(result.hints.credits).toEqual([{ text: "Source: Valley Courier (VC)", outlet: "Valley Courier (VC)" }]);
    expect(result.hints.copyright).toMatchObject({ year: 2015, holder: "Valley Media" });
  });
});

describe("repairLayout: headers, datelines and damaged characters", () => {
  it("splits a title and date that share one header line", () => {
    const result = repairLayout(" date 2016-11-02 Council approves budget\n\nThe budget passed by nine votes to two.");
    expect(result.title).toBe("Council approves budget");
    expect(result.hints.headerDate).toEqual({ text: "2016-11-02", isoDay: "2016-11-02" });
    expect(result.repairs[0]).toBe(
      "title and date were on one header line; read the date 2016-11-02 and the title 'Council approves budget'",
    );
    expect(result.paragraphs).toEqual(["The budget passed by nine votes to two."]);
  });

  it("reads a wire-service dateline without removing it from the text", () => {
    const result = repairLayout("Grain exports rise\nKIEV, May 12. /UNIAN/. Grain exports rose by a tenth in April.");
    expect(result.hints.dateline).toEqual({ text: "KIEV, May 12. /UNIAN/.", place: "KIEV", monthDay: "May 12", agency: "UNIAN" });
    expect(result.paragraphs[0]).toBe("KIEV, May 12. /UNIAN/. Grain exports rose by a tenth in April.");
  });

  it("keeps U+FFFD and odd ´ apostrophes exactly in the text and reports where they are; the headline gets ’", () => {
    const result = repairLayout("The port´s cranes\n\n\uFFFD Night shift \uFFFD\n\nThe port´s cranes worked through the night.");
    expect(result.title).toBe("The port’s cranes");
    expect(result.paragraphs).toEqual(["\uFFFD Night shift \uFFFD", "The port´s cranes worked through the night."]);
    expect(result.repairs).toContain("damaged character U+FFFD kept in p1");
    expect(result.repairs).toContain(
      "odd apostrophe ´ (U+00B4) used as an apostrophe in the title replaced by ’ (the title is layout, shown as a heading); kept as written in p2",
    );
  });

  it("leaves an acute accent that is not an apostrophe in a headline alone", () => {
    expect(repairLayout("Café ´ menu\n\nThe menu changed.").title).toBe("Café ´ menu");
  });

  it("leaves one-paragraph-per-line text alone", () => {
    const text = "Storm warning\nWinds will reach 90 km/h tonight.\nSchools will open late on Friday.";
    const result = repairLayout(text);
    expect(result.paragraphs).toEqual(["Winds will reach 90 km/h tonight.", "Schools will open late on Friday."]);
    expect(result.repairs).toEqual([]);
  });
});

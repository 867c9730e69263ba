// Import that respects the text and the teacher: the given title wins, page
// furniture goes, words broken at a line end come back whole, compounds stay
// hyphenated, and every decision is listed. The texts are written for these tests.
import { describe, expect, it } from "vitest";
import { articleFromText, repairLayout } from "@/lib/content";

const report = [
  "All news",
  "",
  "Envoys agree truce plan for the northern valley",
  "",
  "By Jane Doe and Omar Haddad, Test Wire",
  "",
  "Photo: Delegates arrive at the talks in Vienna. Reuters/Leonhard Foeger",
  "",
  "VIENNA - Envoys from the two governments reached an agree-",
  "ment on Thursday to halt fighting in the northern valley, the mediator Fran-",
  "cois Marchand said.",
  "",
  "The deal followed weeks of pressure from Turkish-",
  "backed militias and pro-",
  "Moscow fighters, who both hold ground near the river.",
  "",
  "By Friday the first monitors had reached the valley.",
  "",
  "Share prices in the region rose on the news.",
  "",
  "SEE ALSO",
  "",
  "Share this article",
  "",
  "Sign up for our morning briefing",
  "",
  "Back to Main page",
].join("\n");

describe("import of a pasted wire report", () => {
  const { article } = articleFromText(report, { slug: "truce", publishedOn: "2024-05-03", title: "Envoys agree valley truce" });
  const body = article.passages.map((p) => p.text).join("\n");

  it("keeps the given title and drops the text's own headline, noting it", () => {
    expect(article.title).toBe("Envoys agree valley truce");
    expect(body).not.toContain("Envoys agree truce plan for the northern valley");
    expect(article.repairs.some((r) => r.includes("Envoys agree truce plan for the northern valley") && r.includes("given title"))).toBe(true);
  });

  it("drops navigation, promotion, bylines, photo credits and share lines, listing each", () => {
    for (const line of ["All news", "By Jane Doe and Omar Haddad, Test Wire", "Photo: Delegates arrive", "SEE ALSO", "Share this article", "Sign up for our morning briefing", "Back to Main page"]) {
      expect(body).not.toContain(line);
      expect(article.repairs.some((r) => r.includes(line))).toBe(true);
    }
  });

  it("keeps sentences that merely start like furniture", () => {
    expect(body).toContain("By Friday the first monitors had reached the valley.");
    expect(body).toContain("Share prices in the region rose on the news.");
  });

  it("rejoins words broken by a hyphen at a line end, and lists each repair", () => {
    expect(body).toContain("reached an agreement on Thursday");
    expect(body).toContain("the mediator Francois Marchand said.");
    expect(article.repairs).toContainEqual(expect.stringContaining("as 'agreement'"));
    expect(article.repairs).toContainEqual(expect.stringContaining("as 'Francois'"));
  });

  it("keeps real compounds hyphenated", () => {
    expect(body).toContain("Turkish-backed militias and pro-Moscow fighters");
  });
});

describe("the hyphen decision reads the rest of the text first", () => {
  it("keeps the hyphen of a word the text writes hyphenated elsewhere", () => {
    const text = "Ceasefire talks\n\nThe two sides signed a cease-\nfire on Monday.\n\nThe cease-fire held overnight.";
    expect(repairLayout(text).paragraphs[0]).toBe("The two sides signed a cease-fire on Monday.");
  });

  it("drops it for a word the text writes whole elsewhere", () => {
    const text = "Border talks\n\nThe envoys discussed the demarca-\ntion of the border.\n\nThe demarcation will take a year.";
    expect(repairLayout(text).paragraphs[0]).toBe("The envoys discussed the demarcation of the border.");
  });
});

describe("a text without a given title", () => {
  it("still takes its first line as the headline, after any navigation above it", () => {
    const repair = repairLayout("Back to Main page\n\nHarbour reopens after the storm\n\nThe harbour reopened on Tuesday.");
    expect(repair.title).toBe("Harbour reopens after the storm");
    expect(repair.paragraphs).toEqual(["The harbour reopened on Tuesday."]);
  });
});

import { describe, expect, it } from "vitest";
import { ContentFileError, assignPassageIds, parseArticleFile, serializeArticle, type Article } from "@/lib/content";

const article: Article = {
  slug: "harbour-reopens-2015",
  title: "Harbour reopens: 'a relief'",
  outlet: "Valley Courier",
  publishedOn: "2015-03-05",
  dateNote: "From the header.",
  repairs: ["dropped promotional line 'Sign up'", "damaged character U+FFFD kept in p3"],
  passages: [
    { id: "p1", text: "The harbour reopened on Wednesday." },
    { id: "p2", text: "\"It is a relief,\" a fisherman said: 'finally'." },
    { id: "p7", text: "\uFFFD Night shift \uFFFD with port´s cranes — 100%" },
  ],
};

describe("article files", () => {
  it("round-trips an article exactly", () => {
    const text = serializeArticle(article);
    expect(parseArticleFile(text, "content/articles/harbour-reopens-2015.md")).toEqual(article);
    expect(serializeArticle(parseArticleFile(text, "harbour-reopens-2015.md"))).toBe(text);
  });

  it("writes each paragraph under its own id marker", () => {
    const text = serializeArticle(article);
    expect(text.startsWith("---\nslug: harbour-reopens-2015\n")).toBe(true);
    expect(text).toContain("\n---\n\n<!-- p1 -->\nThe harbour reopened on Wednesday.\n\n<!-- p2 -->\n");
  });

  it("takes passage ids from the markers, not from their order", () => {
    const text = serializeArticle(article).replace("<!-- p2 -->", "<!-- p9 -->");
    expect(parseArticleFile(text, "harbour-reopens-2015.md").passages.map((p) => p.id)).toEqual(["p1", "p9", "p7"]);
  });

  it("keeps ids when a paragraph is edited by hand and joins its wrapped lines", () => {
    const text = serializeArticle(article).replace("The harbour reopened on Wednesday.", "The harbour\nreopened on Wednesday.");
    expect(parseArticleFile(text, "harbour-reopens-2015.md").passages[0]).toEqual({ id: "p1", text: "The harbour reopened on Wednesday." });
  });

  const broken: [string, (t: string) => string, RegExp][] = [
    ["a duplicate id", (t) => t.replace("<!-- p2 -->", "<!-- p1 -->"), /passage id p1 is used twice/],
    ["a malformed marker", (t) => t.replace("<!-- p2 -->", "<!-- para 2 -->"), /malformed passage marker/],
    ["a bad id", (t) => t.replace("<!-- p2 -->", "<!-- p0 -->"), /"p0" is not p1, p2/],
    ["an empty passage", (t) => t.replace("The harbour reopened on Wednesday.", ""), /passage p1 \(line \d+\) is empty/],
    ["text before the first marker", (t) => t.replace("<!-- p1 -->\n", ""), /text before the first passage marker/],
    ["a missing front matter", (t) => t.slice(4), /must start with a '---' line/],
    ["an invalid date", (t) => t.replace("2015-03-05", "2015-02-30"), /publishedOn: not a real calendar day/],
    ["a slug that does not match the file", (t) => t.replace("slug: harbour-reopens-2015", "slug: other-slug"), /does not match the file name/],
  ];
  it.each(broken)("rejects %s, naming the file", (_, breakIt, message) => {
    const text = breakIt(serializeArticle(article));
    expect(() => parseArticleFile(text, "content/articles/harbour-reopens-2015.md")).toThrow(ContentFileError);
    expect(() => parseArticleFile(text, "content/articles/harbour-reopens-2015.md")).toThrow(
      new RegExp(`^content/articles/harbour-reopens-2015\\.md: .*${message.source}`),
    );
  });

  it("refuses to write a passage containing a line break", () => {
    expect(() => serializeArticle({ ...article, passages: [{ id: "p1", text: "a\nb" }] })).toThrow(/p1 contains a line break/);
  });

  it("keeps the ids of unchanged paragraphs when re-imported", () => {
    const previous = [
      { id: "p1", text: "One." },
      { id: "p2", text: "Two." },
      { id: "p3", text: "Three." },
    ];
    expect(assignPassageIds(["One.", "Two, edited.", "Three."], previous)).toEqual([
      { id: "p1", text: "One." },
      { id: "p4", text: "Two, edited." },
      { id: "p3", text: "Three." },
    ]);
  });
});

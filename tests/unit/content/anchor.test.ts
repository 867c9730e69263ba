import { describe, expect, it } from "vitest";
import {
  PassageNotFoundError,
  QuoteAmbiguousError,
  QuoteNotFoundError,
  anchorQuote,
  anchorQuoteOrThrow,
  findQuoteInArticle,
  type Article,
} from "@/lib/content";

const text = "The mayor said the bridge opens in May. The mayor said tolls will not apply.";

describe("anchorQuote", () => {
  it("finds an exact quote and returns its offsets", () => {
    const result = anchorQuote(text, { quote: "the bridge opens in May" });
    expect(result).toEqual({ ok: true, start: 15, end: 38 });
    if (result.ok) expect(text.slice(result.start, result.end)).toBe("the bridge opens in May");
  });

  it("is case-sensitive and exact", () => {
    const result = anchorQuote(text, { quote: "The Bridge opens in May" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toBeInstanceOf(QuoteNotFoundError);
      expect(result.error.message).toBe('quote not found verbatim: "The Bridge opens in May"');
    }
  });

  it("reports an ambiguous quote with the number of occurrences", () => {
    const result = anchorQuote(text, { quote: "The mayor said" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toBeInstanceOf(QuoteAmbiguousError);
      expect((result.error as QuoteAmbiguousError).occurrences).toBe(2);
    }
  });

  it("counts overlapping occurrences as ambiguous", () => {
    expect(anchorQuote("aaa", { quote: "aa" }).ok).toBe(false);
  });

  it("uses a suffix or prefix to pick one occurrence", () => {
    expect(anchorQuote(text, { quote: "The mayor said", suffix: " tolls" })).toEqual({ ok: true, start: 40, end: 54 });
    expect(anchorQuote(text, { quote: "The mayor said", prefix: "May. " })).toEqual({ ok: true, start: 40, end: 54 });
    expect(anchorQuote(text, { quote: "The mayor said", suffix: " the bridge" })).toEqual({ ok: true, start: 0, end: 14 });
  });

  it("requires the prefix to sit immediately before the quote", () => {
    const result = anchorQuote(text, { quote: "The mayor said", prefix: "May." });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/never with the given prefix\/suffix/);
  });

  it("does not treat look-alike characters as equal", () => {
    const curly = "Let’s wait for tomorrow. Syria´s border.";
    expect(anchorQuote(curly, { quote: "Let's wait" }).ok).toBe(false);
    expect(anchorQuote(curly, { quote: "Syria's border" }).ok).toBe(false);
    expect(anchorQuote(curly, { quote: "Syria´s border" })).toEqual({ ok: true, start: 25, end: 39 });
  });

  it("measures offsets in UTF-16 code units, as String.slice does", () => {
    const emoji = "Flag 🇹🇷 then \uFFFD Mass exodus fears \uFFFD";
    const result = anchorQuoteOrThrow(emoji, { quote: "Mass exodus fears" });
    expect(emoji.slice(result.start, result.end)).toBe("Mass exodus fears");
    expect(result.start).toBe(17);
  });

  it("throws the typed error from anchorQuoteOrThrow", () => {
    expect(() => anchorQuoteOrThrow(text, { quote: "absent" })).toThrow(QuoteNotFoundError);
  });
});

describe("findQuoteInArticle", () => {
  const article: Article = {
    slug: "a-b",
    title: "T",
    publishedOn: "2015-03-05",
    repairs: [],
    passages: [{ id: "p2", text }],
  };

  it("anchors within the named passage", () => {
    expect(findQuoteInArticle(article, "p2", { quote: "tolls" }).ok).toBe(true);
  });

  it("reports a missing passage", () => {
    const result = findQuoteInArticle(article, "p1", { quote: "tolls" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toBeInstanceOf(PassageNotFoundError);
      expect(result.error.message).toBe('article "a-b" has no passage p1');
    }
  });
});

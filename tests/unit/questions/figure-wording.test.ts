// How figures and dates are asked and stated: the English a teacher would write, for any "counts" or event.
import { describe, expect, it } from "vitest";
import { figureQuestion, figureStatement, whenDid } from "@/lib/questions/wording";

describe("figure wording", () => {
  it("asks how many, with the source, its bound or the year", () => {
    expect(figureQuestion("Turkish soldiers killed by Syrian government strikes in Idlib", "Ankara")).toBe(
      "According to Ankara, how many Turkish soldiers were killed by Syrian government strikes in Idlib?",
    );
    expect(figureQuestion("people living in Idlib", undefined, { qualifier: "about" }, 2018)).toBe(
      "In 2018, about how many people were living in Idlib?",
    );
    expect(figureQuestion("personal meetings of the two leaders", undefined)).toBe(
      "How many personal meetings of the two leaders were there?",
    );
  });

  it("keeps a relative clause whole: the participle after 'who have' is not where the question turns", () => {
    expect(figureQuestion("Syrians who have fled the war living in Turkey", "the UN")).toBe(
      "According to the UN, how many Syrians who have fled the war were living in Turkey?",
    );
    expect(figureStatement("Syrians who have fled the war living in Turkey", undefined, "3 million")).toBe(
      "3 million Syrians who have fled the war were living in Turkey.",
    );
  });
});

describe("when-questions", () => {
  it("turns a past clause round, and stops at a beginning's verb rather than ask when it began 'with' something", () => {
    expect(whenDid("the rebels captured the northern port")).toBe("When did the rebels capture the northern port?");
    expect(whenDid("the strike began with a walkout by dock workers")).toBe("When did the strike begin?");
  });
});

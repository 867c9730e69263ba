// How a figure is asked and stated: the English a teacher would write, for any "counts".
import { describe, expect, it } from "vitest";
import { figureQuestion, figureStatement } from "@/lib/questions/wording";

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

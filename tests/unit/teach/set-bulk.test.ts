import { describe, expect, it } from "vitest";
import { addArticleQuestionsSchema, addMatchingSchema, describeBulkAdd, placeItem } from "@/lib/teach";

describe("placing one question at a position", () => {
  it("moves it there and keeps the others in order", () => {
    expect(placeItem(["a", "b", "c", "d"], "d", 0)).toEqual(["d", "a", "b", "c"]);
    expect(placeItem(["a", "b", "c", "d"], "a", 2)).toEqual(["b", "c", "a", "d"]);
    expect(placeItem(["a", "b", "c"], "b", 1)).toEqual(["a", "b", "c"]);
  });
  it("clamps the position and ignores an id that is not there", () => {
    expect(placeItem(["a", "b", "c"], "a", 50)).toEqual(["b", "c", "a"]);
    expect(placeItem(["a", "b"], "z", 0)).toEqual(["a", "b"]);
  });
});

describe("bulk add forms", () => {
  it("drop an unknown filter value rather than match everything by mistake", () => {
    const parsed = addMatchingSchema.parse({ setId: "s1", kind: "no-such-kind", q: "ceasefire" });
    expect(parsed).toEqual({ setId: "s1", q: "ceasefire" });
  });
  it("need a set, or a title for a new one", () => {
    expect(addArticleQuestionsSchema.safeParse({ slug: "a-report", target: "existing", setId: "s1" }).success).toBe(
      true,
    );
    const noTitle = addArticleQuestionsSchema.safeParse({ slug: "a-report", target: "new", newTitle: "  " });
    expect(noTitle.success).toBe(false);
    expect(addArticleQuestionsSchema.safeParse({ slug: "a-report", target: "existing" }).success).toBe(false);
  });
  it("say what happened, including what did not fit", () => {
    expect(describeBulkAdd({ added: 12, already: 0, overLimit: 0 }, 100)).toBe("Added 12 questions.");
    expect(describeBulkAdd({ added: 1, already: 2, overLimit: 3 }, 100)).toBe(
      "Added 1 question. 2 were already in the set. 3 did not fit: a set holds at most 100 questions.",
    );
  });
});

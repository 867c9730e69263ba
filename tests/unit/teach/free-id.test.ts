import { describe, expect, it } from "vitest";
import { firstFree, freeIds } from "@/lib/teach/free-id";

describe("free ids", () => {
  it("keeps a free id and suffixes a taken one with the first free number", () => {
    expect(firstFree("sochi", new Set())).toBe("sochi");
    expect(firstFree("sochi", new Set(["sochi", "sochi-2"]))).toBe("sochi-3");
  });

  it("gives records proposed together ids that do not take each other's", () => {
    const ids = freeIds([{ id: "a" }, { id: "a" }, { id: "b" }], new Set(["a"])).map((r) => r.id);
    expect(ids).toEqual(["a-2", "a-3", "b"]);
  });
});

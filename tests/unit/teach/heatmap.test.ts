import { describe, expect, it } from "vitest";
import { describeHeat, heatLevel, passageHeat, passageKey } from "@/lib/teach";

describe("heat level", () => {
  it("is 0 when never missed or never asked, then one level per quarter of misses", () => {
    expect(heatLevel(0, 0)).toBe(0);
    expect(heatLevel(0, 5)).toBe(0);
    expect(heatLevel(1, 10)).toBe(1);
    expect(heatLevel(1, 4)).toBe(1);
    expect(heatLevel(2, 4)).toBe(2);
    expect(heatLevel(3, 5)).toBe(3);
    expect(heatLevel(4, 6)).toBe(3);
    expect(heatLevel(5, 6)).toBe(4);
    expect(heatLevel(6, 6)).toBe(4);
  });
});

describe("passage heat", () => {
  const a = { article: "sochi", passage: "p3" };
  const b = { article: "sochi", passage: "p4" };
  const evidence = new Map([
    ["q1", [a]],
    ["q2", [a, b, a]],
  ]);

  it("counts each response to a question once for every passage its evidence cites", () => {
    const heat = passageHeat(evidence, [
      { questionId: "q1", missed: true },
      { questionId: "q1", missed: false },
      { questionId: "q2", missed: true },
      { questionId: "q3", missed: true },
    ]);
    expect(heat.get(passageKey(a))).toMatchObject({ missed: 2, asked: 3, level: 3 });
    expect(heat.get(passageKey(b))).toMatchObject({ missed: 1, asked: 1, level: 4 });
    expect(heat.size).toBe(2);
  });

  it("has a text equivalent for every shade", () => {
    expect(describeHeat({ missed: 4, asked: 6 })).toBe("missed 4 of 6 times");
    expect(describeHeat({ missed: 0, asked: 1 })).toBe("missed 0 of 1 time");
  });
});

import { describe, expect, it } from "vitest";
import { describeDue, formatInterval, ratingForKey, ratingLabel } from "@/lib/srs";

const now = new Date("2026-03-02T09:00:00Z");
const later = (ms: number) => new Date(now.getTime() + ms);

describe("formatInterval", () => {
  it("reads as a person would say it", () => {
    expect(formatInterval(now, later(60_000))).toBe("1 min");
    expect(formatInterval(now, later(10 * 60_000))).toBe("10 min");
    expect(formatInterval(now, later(3 * 3_600_000))).toBe("3 hours");
    expect(formatInterval(now, later(86_400_000))).toBe("1 day");
    expect(formatInterval(now, later(8 * 86_400_000))).toBe("8 days");
    expect(formatInterval(now, later(92 * 86_400_000))).toBe("3 months");
    expect(formatInterval(now, later(548 * 86_400_000))).toBe("1.5 years");
  });

  it("never shows less than a minute", () => {
    expect(formatInterval(now, now)).toBe("1 min");
  });

  it("says now for a due card", () => {
    expect(describeDue(now, now)).toBe("now");
    expect(describeDue(later(-1), now)).toBe("now");
    expect(describeDue(later(600_000), now)).toBe("in 10 min");
  });
});

describe("rating keys", () => {
  it("maps 1-4 to Again, Hard, Good, Easy and nothing else", () => {
    expect(["1", "2", "3", "4"].map((k) => ratingForKey(k))).toEqual([1, 2, 3, 4]);
    expect([1, 2, 3, 4].map((r) => ratingLabel(r as 1 | 2 | 3 | 4))).toEqual(["Again", "Hard", "Good", "Easy"]);
    expect(ratingForKey("5")).toBeUndefined();
    expect(ratingForKey(" ")).toBeUndefined();
  });
});

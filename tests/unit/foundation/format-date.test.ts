// Dates on the pages are UTC and say so, whatever the server's time zone.
import { describe, expect, it } from "vitest";
import { formatDateTime, formatDay } from "@/app/_components/format-date";

describe("formatDay and formatDateTime", () => {
  it("shows a day as the article gives it, with no shift across midnight", () => {
    expect(formatDay("2018-09-17")).toBe("17 September 2018");
    expect(formatDay("2020-03-05")).toBe("5 March 2020");
  });

  it("shows a time in UTC, labelled", () => {
    expect(formatDateTime(new Date("2026-11-21T16:30:00Z"))).toBe("21 Nov 2026, 16:30 UTC");
    expect(formatDateTime(new Date("2026-12-31T23:59:59+05:00"))).toBe("31 Dec 2026, 18:59 UTC");
  });
});

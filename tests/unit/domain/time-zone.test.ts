import { describe, expect, it } from "vitest";
import { instantToWallTime, isTimeZone, wallTimeToInstant } from "@/lib/domain/time-zone";

const wall = (s: string) => Date.parse(`${s}:00Z`);

describe("wall-clock times in a time zone", () => {
  it("reads a teacher's 17:00 as 17:00 where they are", () => {
    expect(wallTimeToInstant(wall("2026-01-15T17:00"), "Europe/London").toISOString()).toBe("2026-01-15T17:00:00.000Z");
    expect(wallTimeToInstant(wall("2026-07-15T17:00"), "Europe/London").toISOString()).toBe("2026-07-15T16:00:00.000Z");
    expect(wallTimeToInstant(wall("2026-07-15T17:00"), "America/New_York").toISOString()).toBe(
      "2026-07-15T21:00:00.000Z",
    );
    expect(wallTimeToInstant(wall("2026-07-15T17:00"), "Asia/Kolkata").toISOString()).toBe("2026-07-15T11:30:00.000Z");
    expect(wallTimeToInstant(wall("2026-07-15T17:00"), "UTC").toISOString()).toBe("2026-07-15T17:00:00.000Z");
  });

  it("takes the time after the jump when the clock skips it, and the earlier when it repeats", () => {
    // London skips 01:00-02:00 on 29 March 2026 and repeats 01:00-02:00 on 25 October 2026.
    expect(wallTimeToInstant(wall("2026-03-29T01:30"), "Europe/London").toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(wallTimeToInstant(wall("2026-10-25T01:30"), "Europe/London").toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });

  it("shows an instant on the zone's clock, the inverse for every real wall time", () => {
    expect(instantToWallTime(new Date("2026-07-15T16:00:00Z"), "Europe/London")).toBe("2026-07-15T17:00");
    for (const s of ["2026-01-01T00:00", "2026-06-30T23:59", "2026-11-01T01:30"]) {
      for (const zone of ["Europe/Berlin", "America/Los_Angeles", "Australia/Adelaide", "Asia/Tehran"]) {
        expect(instantToWallTime(wallTimeToInstant(wall(s), zone), zone), `${s} ${zone}`).toBe(s);
      }
    }
  });

  it("knows real zones from made-up ones", () => {
    expect(isTimeZone("Europe/Istanbul")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone("")).toBe(false);
  });
});

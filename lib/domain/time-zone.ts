// Wall-clock times in a named time zone, for dates a teacher types in their own
// time (a due date "Friday 17:00" means 17:00 where the teacher is). The zone
// comes from the browser (Intl) and is checked here against the runtime's zones.
import { z } from "zod";

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z.string().max(64).refine(isTimeZone, "Unknown time zone");

const PARTS = new Map<string, Intl.DateTimeFormat>();
function formatter(zone: string): Intl.DateTimeFormat {
  let f = PARTS.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    PARTS.set(zone, f);
  }
  return f;
}

/** How far the zone's wall clock is ahead of UTC at this instant, in ms. */
function offsetAt(instant: number, zone: string): number {
  const parts = Object.fromEntries(
    formatter(zone)
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a wall-clock time (given as if it were UTC: `Date.UTC(...)` of its
 * fields) names in `zone`. In the hour a clock skips, the time after the jump; in
 * the hour it repeats, the earlier of the two.
 */
export function wallTimeToInstant(wallAsUtc: number, zone: string): Date {
  // The offsets a day either side hold both of a transition's offsets (zones change at most once a day).
  const DAY = 86_400_000;
  const candidates = [wallAsUtc - DAY, wallAsUtc, wallAsUtc + DAY].map((at) => wallAsUtc - offsetAt(at, zone));
  const exact = candidates.filter((t) => t + offsetAt(t, zone) === wallAsUtc);
  return new Date(exact.length > 0 ? Math.min(...exact) : Math.max(...candidates));
}

/** "YYYY-MM-DDTHH:mm" of an instant on the zone's wall clock (what a datetime-local input shows). */
export function instantToWallTime(instant: Date, zone: string): string {
  return new Date(instant.getTime() + offsetAt(instant.getTime(), zone)).toISOString().slice(0, 16);
}

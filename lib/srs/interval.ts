// Intervals as a learner reads them on the rating buttons: "1 min", "10 min",
// "3 days", "2 months".
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

/** The time from `from` to `to`, rounded to the unit a person would use. */
export function formatInterval(from: Date, to: Date): string {
  const ms = Math.max(0, to.getTime() - from.getTime());
  if (ms < HOUR) return `${Math.max(1, Math.round(ms / MINUTE))} min`;
  if (ms < DAY) return plural(Math.round(ms / HOUR), "hour");
  const days = Math.round(ms / DAY);
  if (days < 31) return plural(days, "day");
  if (days < 365) return plural(Math.round(days / 30.4), "month");
  const years = Math.round((days / 365) * 10) / 10;
  return `${years} ${years === 1 ? "year" : "years"}`;
}

/** "now", or "in 10 min", "in 3 days". */
export function describeDue(due: Date, now: Date): string {
  return due.getTime() <= now.getTime() ? "now" : `in ${formatInterval(now, due)}`;
}

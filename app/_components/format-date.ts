// Dates as pages show them, in UTC so a day never shifts. Each formatter is made
// once: toLocaleString builds a new one per call, and the results page formats
// hundreds of dates (that alone was a tenth of its time).
const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const DATE_TIME = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** "17 September 2018" for a YYYY-MM-DD day. */
export function formatDay(isoDay: string): string {
  return DAY.format(new Date(`${isoDay}T00:00:00Z`));
}

/** "21 Nov 2026, 16:30 UTC". */
export function formatDateTime(d: Date): string {
  return `${DATE_TIME.format(d)} UTC`;
}

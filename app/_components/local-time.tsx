"use client";
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};
const RELATIVE = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];

/** "in 3 days", "yesterday", "in 2 hours": the largest unit that is at least one whole step away. */
export function relativeTime(date: Date, now: Date): string {
  const diff = date.getTime() - now.getTime();
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms || unit === "minute") return RELATIVE.format(Math.round(diff / ms), unit);
  }
  return RELATIVE.format(0, "minute");
}

/**
 * A date and time in the reader's own time zone. The server does not know that zone, so it renders UTC and
 * the browser switches to local time once hydrated. With `relative`, "(in 3 days)" follows.
 */
export function LocalTime({ date, relative = false, now }: { date: Date; relative?: boolean; now?: Date }) {
  const inBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const text = inBrowser
    ? date.toLocaleString(undefined, {
        weekday: "short",
        day: "numeric",
        month: "short",
        hour: "2-digit",
        minute: "2-digit",
      })
    : `${date.toLocaleString("en-GB", { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: "UTC" })} UTC`;
  return (
    <>
      <time dateTime={date.toISOString()}>{text}</time>
      {relative ? ` (${relativeTime(date, inBrowser ? new Date() : (now ?? date))})` : null}
    </>
  );
}

"use client";
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * A date and time in the reader's own time zone. The server does not know that
 * zone, so it renders UTC and the browser switches to local time once hydrated.
 */
export function LocalTime({ date }: { date: Date }) {
  const inBrowser = useSyncExternalStore(noSubscription, () => true, () => false);
  const text = inBrowser
    ? date.toLocaleString(undefined, { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" })
    : `${date.toLocaleString("en-GB", { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: "UTC" })} UTC`;
  return <time dateTime={date.toISOString()}>{text}</time>;
}

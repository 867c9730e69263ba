"use client";
import { useEffect, useState } from "react";

function remaining(deadline: number, now: number): number {
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}

function clock(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, "0")}`;
}

/** Spoken only at these marks, so a screen reader is told in time without hearing every second. */
const ANNOUNCE_AT = new Set([600, 300, 60, 30, 0]);

function spoken(seconds: number): string {
  if (seconds === 0) return "Time is up.";
  return seconds >= 60 ? `${seconds / 60} minutes left.` : `${seconds} seconds left.`;
}

/** A timed attempt's countdown. The server enforces the limit; this only shows it. */
export function QuizTimer({ deadline }: { deadline: string }) {
  const end = new Date(deadline).getTime();
  const [left, setLeft] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState("");

  useEffect(() => {
    const tick = () => {
      const s = remaining(end, Date.now());
      setLeft(s);
      if (ANNOUNCE_AT.has(s)) setAnnouncement(spoken(s));
    };
    tick();
    const id = window.setInterval(tick, 1000);
    return () => window.clearInterval(id);
  }, [end]);

  const low = left !== null && left <= 60;
  return (
    <span className={`font-medium tabular-nums ${low ? "text-red-700 dark:text-red-400" : ""}`}>
      <span role="timer" aria-label="Time left">
        {left === null ? "" : `Time left ${clock(left)}`}
      </span>
      <span aria-live="assertive" className="sr-only">
        {announcement}
      </span>
    </span>
  );
}

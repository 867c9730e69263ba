// Dates and numbers as the teaching pages show them (times on the viewer's own clock: app/_components/local-time).
import type { Topic } from "@/lib/questions/schema";

export { formatDateTime } from "@/app/_components/format-date";

export function percent(x: number | null, digits = 0): string {
  if (x === null) return "—";
  const factor = 10 ** digits;
  return `${Math.round(x * 100 * factor) / factor}%`;
}

export const TOPIC_LABELS: Record<Topic, string> = {
  backing: "Who backs whom",
  summit: "Summits",
  "sochi-deal": "The Sochi deal",
  figure: "Figures",
  people: "People",
  event: "Events",
};

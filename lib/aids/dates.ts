// A fact's date shown exactly as precise as the articles are: "17 September 2018",
// "September 2018" or "2018", never a made-up day.
import type { FactDate } from "../facts/schema";
import { formatFactDate } from "../facts/wording";

export type PeriodLabel = FactDate & {
  /** What a learner reads: "17 September 2018", "September 2018", "2018". */
  label: string;
  /** A valid <time datetime>: "2018-09-17", "2018-09" or "2018". */
  datetime: string;
};

const PRECISION_RANK: Record<FactDate["precision"], number> = { year: 0, month: 1, day: 2 };

export function labelPeriod(date: FactDate): PeriodLabel {
  const [year = "", month = ""] = date.on.split("-");
  const label = formatFactDate(date);
  switch (date.precision) {
    case "year":
      return { ...date, label, datetime: year };
    case "month":
      return { ...date, label, datetime: `${year}-${month}` };
    case "day":
      return { ...date, label, datetime: date.on };
  }
}

/**
 * Chronological order of periods by where they start; a period that holds
 * another comes first (2018, then September 2018, then 7 September 2018), the
 * way a reader meets the wider span before the days inside it.
 */
export function comparePeriods(a: PeriodLabel, b: PeriodLabel): number {
  const start = (p: PeriodLabel) => (p.datetime + "-01-01").slice(0, 10);
  const byStart = start(a).localeCompare(start(b));
  return byStart !== 0 ? byStart : PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision];
}

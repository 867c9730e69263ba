// Dates written in article headers ("Mon, 24 Jun 2019", "2018-09-17",
// "June 24, 2019"), read without a clock: a header date always has its year.

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const WEEKDAY = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?`;
const MONTH = String.raw`(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;

const FORMS: { re: RegExp; parts: (m: RegExpExecArray) => [string, string, string] }[] = [
  { re: /^(\d{4})-(\d{2})-(\d{2})\b/, parts: (m) => [m[1]!, m[2]!, m[3]!] },
  {
    re: new RegExp(String.raw`^${WEEKDAY}(\d{1,2})\s+${MONTH},?\s+(\d{4})\b`, "i"),
    parts: (m) => [m[3]!, monthNumber(m[2]!), m[1]!],
  },
  {
    re: new RegExp(String.raw`^${WEEKDAY}${MONTH}\s+(\d{1,2}),?\s+(\d{4})\b`, "i"),
    parts: (m) => [m[3]!, monthNumber(m[1]!), m[2]!],
  },
];

function monthNumber(name: string): string {
  return String(MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1).padStart(2, "0");
}

function realDay(year: string, month: string, day: string): string | undefined {
  const iso = `${year}-${month}-${day.padStart(2, "0")}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : undefined;
}

export type LeadingDate = { text: string; isoDay: string; rest: string };

/** A date at the start of a line, optionally labelled "date", and what follows it. */
export function matchLeadingDate(line: string): LeadingDate | undefined {
  const label = /^date\s*:?\s+/i.exec(line);
  const body = label ? line.slice(label[0].length) : line;
  for (const form of FORMS) {
    const m = form.re.exec(body);
    if (!m) continue;
    const isoDay = realDay(...form.parts(m));
    if (!isoDay) continue;
    return { text: m[0], isoDay, rest: body.slice(m[0].length).trim() };
  }
  return undefined;
}

/** The whole line is a date and nothing else. */
export function isDateOnly(line: string): boolean {
  return matchLeadingDate(line)?.rest === "";
}

// Numbers and ranges as the articles give them ("more than 400,000", "15-20 km"),
// read back from what a learner types ("15 to 20 kilometres", "three million").
import { NUMBER_WORDS } from "../facts/wording";
import type { ClaimQuantity } from "./schema";

const QUALIFIER_WORDS: Record<ClaimQuantity["qualifier"], string> = {
  exact: "",
  "more-than": "more than ",
  "up-to": "up to ",
  about: "about ",
  estimated: "an estimated ",
};

/** 400000 → "400,000"; 7.5 → "7.5". (By hand: toLocaleString is slow in bulk.) */
function formatDigits(n: number): string {
  const [whole = "0", fraction] = String(Math.round(Math.abs(n) * 100) / 100).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${n < 0 ? "-" : ""}${grouped}${fraction ? `.${fraction}` : ""}`;
}

/** 400000 → "400,000"; 3000000 → "3 million"; 7.5 → "7.5". */
export function formatNumber(n: number): string {
  if (Math.abs(n) >= 1_000_000 && Number.isInteger(n / 100_000)) return `${n / 1_000_000} million`;
  return formatDigits(n);
}

function formatRange(min: number, max: number): string {
  if (min === max) return formatNumber(min);
  if (min >= 1_000_000 && Number.isInteger(min / 100_000) && Number.isInteger(max / 100_000)) {
    return `${min / 1_000_000}-${max / 1_000_000} million`;
  }
  // Both ends in digits: "4,999,994-5 million" would read as a range of millions.
  return `${formatDigits(min)}-${formatDigits(max)}`;
}

/** As a choice shows it: "more than 400,000 people", "15-20 km". */
export function formatQuantity(q: ClaimQuantity, options: { qualifier?: boolean; unit?: boolean } = {}): string {
  const prefix = options.qualifier === false ? "" : QUALIFIER_WORDS[q.qualifier];
  const unit = options.unit === false ? "" : ` ${q.unit}`;
  return `${prefix}${formatRange(q.min, q.max)}${unit}`;
}

export type TypedQuantity = { min: number; max: number; unit?: string; qualifier?: ClaimQuantity["qualifier"] };

function qualifierOf(words: string): ClaimQuantity["qualifier"] {
  if (/^(more than|over|at least)$/.test(words)) return "more-than";
  if (/^(up to|at most|as many as)$/.test(words)) return "up-to";
  if (/estimated/.test(words)) return "estimated";
  return "about";
}

const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };

/** "three million" → "3000000", "fifteen" → "15"; other words are left alone. */
function wordsToDigits(text: string): string {
  const words = text.split(" ");
  const out: string[] = [];
  let total = 0;
  let current = 0;
  let inNumber = false;
  const flush = () => {
    if (inNumber) out.push(String(total + current));
    total = 0;
    current = 0;
    inNumber = false;
  };
  let previous = "";
  for (const raw of words) {
    const word = raw.replace(/-/g, " ");
    const parts = word.split(" ");
    // Own keys only: "constructor" is no number.
    if (parts.every((p) => Object.hasOwn(NUMBER_WORDS, p))) {
      for (const p of parts) current += NUMBER_WORDS[p] ?? 0;
      inNumber = true;
    } else if (word in SCALES && inNumber) {
      const scale = SCALES[word] ?? 1;
      if (scale === 100) current *= 100;
      else {
        total += current * scale;
        current = 0;
      }
    } else if (word === "and" && inNumber && previous in SCALES) {
      // "one hundred and five"; but "fifteen and twenty" is a range.
      continue;
    } else {
      flush();
      out.push(raw);
    }
    previous = word;
  }
  flush();
  return out.join(" ");
}

const QUALIFIER_PREFIX =
  /^(more than|over|up to|about|around|roughly|some|an estimated|estimated|approximately|nearly|almost|at least|at most|as many as|close to|~)\s+/;

const UNIT_SYNONYMS: Record<string, string> = {
  km: "km",
  kms: "km",
  kilometre: "km",
  kilometres: "km",
  kilometer: "km",
  kilometers: "km",
  mi: "mi",
  mile: "mi",
  miles: "mi",
  metre: "m",
  metres: "m",
  meter: "m",
  meters: "m",
  people: "people",
  persons: "people",
  person: "people",
  percent: "%",
  "%": "%",
  per: "%",
  day: "day",
  days: "day",
  week: "week",
  weeks: "week",
  month: "month",
  months: "month",
  year: "year",
  years: "year",
  hour: "hour",
  hours: "hour",
};

/** One spelling per unit: "kilometres" → "km", "civilians" → "civilian". */
export function canonicalUnit(unit: string): string {
  const word =
    unit
      .toLowerCase()
      .trim()
      .split(/[\s-]+/)[0] ?? "";
  return UNIT_SYNONYMS[word] ?? word.replace(/s$/, "");
}

/** Units a typed answer must not get wrong; other trailing words ("killed") are ignored. */
const KNOWN_UNITS = new Set(["km", "mi", "m", "%", "day", "week", "month", "year", "hour", "people"]);

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?!\d)|\d+(?:\.\d+)?`;
const SCALE = String.raw`(?:\s*(thousand|million|billion)\b|(k|m|mn|bn)\b)`;
const QUANTITY = new RegExp(String.raw`^(${NUM})${SCALE}?(?:\s*(?:-|to|and)\s*(${NUM})${SCALE}?)?\s*(.*)$`);

function scaleOf(word: string | undefined): number {
  switch (word) {
    case "thousand":
    case "k":
      return 1_000;
    case "million":
    case "m":
    case "mn":
      return 1_000_000;
    case "billion":
    case "bn":
      return 1_000_000_000;
    default:
      return 1;
  }
}

function toNumber(digits: string): number {
  return Number(digits.replace(/[ ,]/g, ""));
}

/**
 * Reads "15-20 km", "15–20 kilometres", "15 to 20 kilometres", "between 15 and 20
 * km", "400,000", "400 000", "400k", "3 million", "three million people". A
 * qualifier ("more than") is read past: the learner is asked for the figure.
 */
export function parseQuantityText(text: string): TypedQuantity | undefined {
  let s = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[–—−‒]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
  let qualifier: ClaimQuantity["qualifier"] | undefined;
  for (let found = QUALIFIER_PREFIX.exec(s); found; found = QUALIFIER_PREFIX.exec(s)) {
    qualifier ??= qualifierOf(found[1] ?? "");
    s = s.slice(found[0].length);
  }
  s = s.replace(/^between /, "").replace(/^from /, "");
  s = wordsToDigits(s);
  const m = QUANTITY.exec(s);
  if (!m || m[1] === undefined) return undefined;
  const scaleA = scaleOf(m[2] ?? m[3]);
  const hasB = m[4] !== undefined;
  const scaleB = scaleOf(m[5] ?? m[6]);
  // "2-3 million": a scale written once applies to both ends.
  const a = toNumber(m[1]) * (hasB && scaleA === 1 ? scaleB : scaleA);
  const b = hasB && m[4] !== undefined ? toNumber(m[4]) * scaleB : a;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return undefined;
  const rest = (m[7] ?? "").replace(/^[-\s]+/, "").trim();
  const unitWord = rest.split(/[\s-]+/)[0];
  const out: TypedQuantity = { min: Math.min(a, b), max: Math.max(a, b) };
  if (unitWord !== undefined && unitWord !== "") out.unit = unitWord;
  if (qualifier !== undefined) out.qualifier = qualifier;
  return out;
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

/** Same numbers, and no contradicting unit (a missing unit is fine: the blank asks for the number). */
export function typedQuantityMatches(expected: ClaimQuantity, typed: TypedQuantity): boolean {
  if (!close(typed.min, expected.min) || !close(typed.max, expected.max)) return false;
  if (typed.unit === undefined) return true;
  const given = canonicalUnit(typed.unit);
  return !KNOWN_UNITS.has(given) || given === canonicalUnit(expected.unit);
}

export function quantityTextMatches(expected: ClaimQuantity, text: string): boolean {
  const typed = parseQuantityText(text);
  return typed !== undefined && typedQuantityMatches(expected, typed);
}

export function sameQuantity(a: ClaimQuantity, b: ClaimQuantity): boolean {
  return close(a.min, b.min) && close(a.max, b.max) && canonicalUnit(a.unit) === canonicalUnit(b.unit);
}

function significantDigits(n: number): number {
  if (n === 0) return 1;
  const digits = String(Math.abs(n)).replace(".", "").replace(/^0+/, "").replace(/0+$/, "");
  return Math.max(1, digits.length);
}

function roundTo(n: number, digits: number, integer: boolean): number {
  if (n === 0) return 0;
  const magnitude = Math.floor(Math.log10(Math.abs(n))) + 1;
  const factor = 10 ** (magnitude - digits);
  const r = Math.round(n / factor) * factor;
  const rounded = Number(r.toPrecision(12));
  return integer ? Math.max(1, Math.round(rounded)) : rounded;
}

/**
 * Plausible wrong figures of the same form: a range becomes neighbouring ranges of
 * the same width; a single value is scaled and rounded to as many significant
 * digits as the original. The caller drops any that the fact base would make true.
 */
export function nearbyQuantities(q: ClaimQuantity): ClaimQuantity[] {
  const integer = Number.isInteger(q.min) && Number.isInteger(q.max);
  const out: ClaimQuantity[] = [];
  const width = q.max - q.min;
  if (width > 0) {
    for (const k of [-2, -1, 1, 2, 3]) {
      const min = q.min + k * width;
      if (min > 0) out.push({ ...q, min, max: min + width });
    }
  } else {
    const digits = significantDigits(q.min);
    for (const f of [0.5, 0.75, 1.25, 1.5, 2, 2.5, 3, 0.25]) {
      const v = roundTo(q.min * f, digits, integer);
      out.push({ ...q, min: v, max: v });
    }
  }
  const seen = new Set<string>([`${q.min}-${q.max}`]);
  return out.filter((c) => {
    const key = `${c.min}-${c.max}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The written forms a learner might use for this figure, all accepted when typed. */
export function quantityVariants(q: ClaimQuantity): string[] {
  const bare = formatQuantity(q, { qualifier: false, unit: false });
  const withUnit = formatQuantity(q, { qualifier: false });
  const plain = q.min === q.max ? String(q.min) : `${q.min}-${q.max}`;
  return [...new Set([withUnit, bare, plain])];
}

// Figures a teacher asks about: how many were killed, displaced, in need, under
// arms ("more than 320,000 people have been killed", "killed some 220,000
// people", "the FARC's roughly 7,000 fighters"), with what they count in the
// article's words and who gives them ("according to X", "X says"). Only counts
// of people and forces: a number of zones, pages or guests is left to the
// "stated" items, where a teacher decides whether it is worth asking.
import type { Article } from "../../content/schema";
import type { FactOfKind, Quantity } from "../schema";
import { factId, slugify } from "./ids";
import type { Reading } from "./reading";
import { NUMBER_WORDS } from "../wording";

type FigureFact = FactOfKind<"figure">;

const QUALIFIER = String.raw`(?:(more than|over|at least|up to|as many as|about|some|roughly|around|nearly|almost|an estimated|approximately)\s+)?`;
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(thousand|million))?`;
const UNIT = String.raw`((?:[a-z]+\s+)?(?:people|civilians|fighters|troops|soldiers|refugees|children|prisoners|combatants|residents|migrants|observers|peacekeepers))`;
/** "320,000 people have been killed", "7,000 fighters", "up to 8,000 of its soldiers". */
const COUNT_FIRST = new RegExp(
  String.raw`(?:(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})'s\s+)?\b${QUALIFIER}${NUMBER}\s+(?:of\s+(?:its|their|his|her|the)\s+)?${UNIT}\b`,
  "giu",
);
/** "killed some 220,000 people", "driven nearly 7 million from their homes". */
const VERB_FIRST = new RegExp(
  String.raw`\b(killed|displaced|driven|forced|uprooted|wounded|injured)\s+${QUALIFIER}${NUMBER}(?:\s+${UNIT})?\b`,
  "gi",
);
const COUNT_WORD = String.raw`(\d+|${Object.keys(NUMBER_WORDS).join("|")})`;
/** "80 percent of the soldiers in the town had left": a share of people, and what it says of them. */
const SHARE = new RegExp(
  String.raw`\b${QUALIFIER}(\d+(?:\.\d+)?)\s*(?:percent|per cent|%)\s+of\s+(?:(?:the|its|their|all)\s+)?${UNIT}\b([^,;.]*)`,
  "giu",
);
/** "a further $390 million in aid for the peace": money pledged or spent, and what for. */
const MONEY = new RegExp(
  String.raw`(?:\b(further|new|additional|extra)\s+)?\$\s?(\d+(?:\.\d+)?)\s*(million|billion|bn)?\s+(?:in\s+|of\s+)?((?:[a-z-]+\s+){0,2}?(?:aid|assistance|funding|loans?|grants?|support|investment|compensation))\b(?:\s+(for|to)\s+([^,;.]*))?`,
  "giu",
);
/** "which has 60 days to examine it": a time limit, and for what. */
const TIME_TO = new RegExp(
  String.raw`\b(?:has|have|had|was given|were given|will have|gets|get)\s+${COUNT_WORD}\s+(days|weeks|months)\s+to\s+([a-z]+[^,;.]*)`,
  "giu",
);
/** "Congress began its 60-day review of the accord": a period the text sets for something. */
const SPAN_OF = new RegExp(
  String.raw`\b(its|their|his|her|a|an|the)\s+${COUNT_WORD}-(day|week|month)\s+([a-z]+)(?:\s+of\s+((?:the|its|their)\s+)?([a-z]+))?`,
  "giu",
);

/** What happened to them, after the count: "have been killed since ...", "may have died in the conflict". */
const FATE =
  /^\s*(?:(?:have|has|had|may|might|could|would|were|was|are|is|be|been|still|now|reportedly)\s+){0,3}(killed|died|displaced|fled|wounded|injured|surrounded|trapped|held|detained|need(?:ed)?|needing|missing|dead)\b[^,;.]*/i;
const SOURCE_AFTER = /,?\s+according to\s+((?:the\s+)?\p{Lu}[\p{L}'-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}'-]*))*)/u;
/** "..., the National Centre for Historical Memory says." */
const SOURCE_TAIL =
  /,\s+((?:the\s+)?\p{Lu}[\p{L}'.-]*(?:\s+(?:of|for|and|\p{Lu}[\p{L}'.-]*))*)\s+(?:says|said|estimates|reported|reports)\.?\s*$/u;
const SOURCE_BEFORE =
  /^(?:((?:the\s+)?\p{Lu}[\p{L}.-]*'s(?:\s+[a-z]+){1,3}|\p{Lu}[\p{L}'.-]*(?:\s+(?:of|for|and|\p{Lu}[\p{L}'.-]*))*))\s+(?:says|said|estimates?|estimated|reports?|reported)\s+(?:that\s+)?/u;

const QUALIFIERS: Record<string, Quantity["qualifier"]> = {
  "more than": "more-than",
  over: "more-than",
  "at least": "more-than",
  "up to": "up-to",
  "as many as": "up-to",
  about: "about",
  some: "about",
  roughly: "about",
  around: "about",
  nearly: "about",
  almost: "about",
  approximately: "about",
  "an estimated": "estimated",
};

export function findFigures(article: Article, readings: readonly Reading[]): FigureFact[] {
  const out: FigureFact[] = [];
  for (const reading of readings) {
    const text = reading.text;
    const found: { at: number; end: number; figure: Omit<FigureFact, "id" | "statement" | "evidence"> }[] = [];
    for (const m of text.matchAll(COUNT_FIRST)) {
      const value = valueOf(m[3], m[4]);
      const owner = m[1];
      const unit = (m[5] ?? "").toLowerCase();
      const fate = FATE.exec(text.slice(m.index + m[0].length))?.[0].trim();
      // A count of people is a figure when the sentence says what happened to them, or it counts a force.
      if (
        value === undefined ||
        (!fate && !/fighters|troops|soldiers|combatants|peacekeepers|observers|monitors/.test(unit))
      )
        continue;
      // "The FARC's roughly 7,000 fighters": whose they are is part of what is counted.
      const whose = owner ? `${owner.replace(/^The\s+/, "")} ` : "";
      const counts = fate ? `${whose}${unit} ${cutAtAnd(fate)}` : `${whose}${unit}`;
      found.push({ at: m.index, end: m.index + m[0].length, figure: figureOf(value, m[2], unit, counts) });
    }
    for (const m of text.matchAll(VERB_FIRST)) {
      const value = valueOf(m[3], m[4]);
      if (value === undefined || found.some((f) => f.at < m.index + m[0].length && m.index < f.end)) continue;
      const unit = (m[5] ?? "people").toLowerCase();
      const rest = /^[^,;.]*/.exec(text.slice(m.index + m[0].length))?.[0].trim() ?? "";
      const tail = cutAtAnd(rest);
      const counts = `${unit} ${(m[1] ?? "").toLowerCase()}${tail ? ` ${tail}` : ""}`;
      found.push({ at: m.index, end: m.index + m[0].length, figure: figureOf(value, m[2], unit, counts) });
    }
    found.push(...sharesIn(reading), ...moneyIn(text), ...timeLimitsIn(reading));
    const source = sourceOf(text);
    for (const f of found) {
      const figure = { ...f.figure, ...(source ? { source } : {}) };
      out.push({
        ...figure,
        id: factId("figure", [], { words: `${figure.quantity.max} ${figure.counts}` }),
        statement: statementOf(figure),
        evidence: [{ article: article.slug, passage: reading.sentence.passage, quote: reading.sentence.text }],
      });
    }
  }
  return out;
}

type Found = { at: number; end: number; figure: Omit<FigureFact, "id" | "statement" | "evidence"> };

function sharesIn(reading: Reading): Found[] {
  return [...reading.text.matchAll(SHARE)].flatMap((m) => {
    const value = valueOf(m[2], undefined);
    if (value === undefined) return [];
    const counts = `${(m[3] ?? "").toLowerCase()} ${cutAtAnd((m[4] ?? "").trim())}`.trim();
    const figure = figureOf(value, m[1], "%", counts);
    return [
      { at: m.index, end: m.index + m[0].length, figure: { ...figure, quantity: { ...figure.quantity, unit: "%" } } },
    ];
  });
}

function moneyIn(text: string): Found[] {
  return [...text.matchAll(MONEY)].flatMap((m) => {
    const digits = m[2];
    const scale = (m[3] ?? "").toLowerCase();
    if (!digits) return [];
    const value = Number(digits) * (scale === "billion" || scale === "bn" ? 1e9 : scale === "million" ? 1e6 : 1);
    const what = [
      m[1]?.toLowerCase(),
      (m[4] ?? "").toLowerCase(),
      m[5] ? `${m[5]} ${cutAtAnd((m[6] ?? "").trim())}` : "",
    ]
      .filter(Boolean)
      .join(" ");
    const figure = figureOf(value, undefined, "USD", what);
    return [
      { at: m.index, end: m.index + m[0].length, figure: { ...figure, quantity: { ...figure.quantity, unit: "USD" } } },
    ];
  });
}

/** The one named just before ("Congress, which has 60 days", "Congress began its 60-day review"): whose time it is. */
function holderBefore(reading: Reading, at: number, link: RegExp): string | undefined {
  const before = reading.mentions.filter((x) => x.end <= at);
  const last = before[before.length - 1];
  return last && link.test(reading.text.slice(last.end, at)) ? last.text.replace(/^the\s+/i, "") : undefined;
}

function timeLimitsIn(reading: Reading): Found[] {
  const text = reading.text;
  const limits = [...text.matchAll(TIME_TO)].flatMap((m) => {
    const value = valueOf(m[1], undefined);
    if (value === undefined) return [];
    const unit = (m[2] ?? "days").toLowerCase();
    const holder = holderBefore(reading, m.index, /^\s*(?:,\s*(?:which|who)\s*)?(?:\s+(?:still|now|only))?\s*$/i);
    const verb = m[0].split(/\s+/)[0] ?? "has";
    const counts = `${unit}${holder ? ` ${holder} ${verb}` : ""} to ${cutAtAnd((m[3] ?? "").trim())}`;
    return [{ at: m.index, end: m.index + m[0].length, figure: figureOf(value, undefined, unit, counts) }];
  });
  const spans = [...text.matchAll(SPAN_OF)].flatMap((m) => {
    const value = valueOf(m[2], undefined);
    if (value === undefined) return [];
    const unit = `${(m[3] ?? "day").toLowerCase()}s`;
    // "its 60-day review": whose review it is, where the clause named them just before.
    const possessive = /^(?:its|their|his|her)$/i.test(m[1] ?? "");
    const holder = possessive ? holderBefore(reading, m.index, /^\s+(?:[a-z]+\s+){0,2}$/) : undefined;
    const of = m[6] ? ` of ${m[5] ?? ""}${m[6]}` : "";
    const counts = `${unit} of ${holder ? `${holder}'s ` : "the "}${(m[4] ?? "").toLowerCase()}${of}`;
    return [{ at: m.index, end: m.index + m[0].length, figure: figureOf(value, undefined, unit, counts) }];
  });
  return [...limits, ...spans];
}

/** "killed 220,000 and driven 7 million from their homes": each figure keeps its own words. */
function cutAtAnd(words: string): string {
  return words.split(/(?:^|\s+)and\s+/)[0]?.trim() ?? "";
}

function valueOf(digits: string | undefined, scale: string | undefined): number | undefined {
  if (!digits) return undefined;
  const n = NUMBER_WORDS[digits.toLowerCase()] ?? Number(digits.replace(/,/g, ""));
  if (!Number.isFinite(n)) return undefined;
  return n * (scale?.toLowerCase() === "million" ? 1e6 : scale?.toLowerCase() === "thousand" ? 1e3 : 1);
}

function figureOf(
  value: number,
  qualifier: string | undefined,
  unit: string,
  counts: string,
): Omit<FigureFact, "id" | "statement" | "evidence"> {
  const head = unit.split(/\s+/).pop() ?? unit;
  return {
    kind: "figure",
    status: "proposed",
    quantity: { min: value, max: value, qualifier: QUALIFIERS[(qualifier ?? "").toLowerCase()] ?? "exact", unit: head },
    counts: counts.replace(/\s+/g, " "),
    measure: slugify(counts).split("-").slice(0, 6).join("-") || head,
    conflictsWith: [],
    importance: "supporting",
  };
}

/** "according to the Syrian Observatory", "The United Nations says ...": as the text names it, "the" in lowercase. */
function sourceOf(text: string): string | undefined {
  return rawSource(text)?.replace(/^The\s+/, "the ");
}

function rawSource(text: string): string | undefined {
  const after = SOURCE_AFTER.exec(text)?.[1];
  if (after) return after.trim();
  const tail = SOURCE_TAIL.exec(text)?.[1];
  if (tail) return tail.trim();
  const before = SOURCE_BEFORE.exec(text)?.[1];
  return before && !/^(?:It|He|She|They|This|That)$/.test(before) ? before.trim() : undefined;
}

const QUALIFIER_WORDS: Record<Quantity["qualifier"], string> = {
  exact: "",
  "more-than": "more than ",
  "up-to": "up to ",
  about: "about ",
  estimated: "an estimated ",
};

function statementOf(f: Omit<FigureFact, "id" | "statement" | "evidence">): string {
  const n = f.quantity.max.toLocaleString("en-US");
  const who = f.source ? `According to ${f.source}, ` : "";
  // "$390 million in further aid", "80% of the soldiers ...", "60 days of ...".
  const amount =
    f.quantity.unit === "USD"
      ? `${moneyWords(f.quantity.max)} in ${f.counts}`
      : f.quantity.unit === "%"
        ? `${n}% of the ${f.counts}`
        : `${n} ${f.counts}`;
  const line = `${QUALIFIER_WORDS[f.quantity.qualifier]}${amount}.`;
  return `${who}${who ? line : line.charAt(0).toUpperCase() + line.slice(1)}`;
}

/** 390000000 -> "$390 million", as news copy writes money. */
function moneyWords(value: number): string {
  if (value >= 1e9 && value % 1e7 === 0) return `$${(value / 1e9).toLocaleString("en-US")} billion`;
  if (value >= 1e6 && value % 1e4 === 0) return `$${(value / 1e6).toLocaleString("en-US")} million`;
  return `$${value.toLocaleString("en-US")}`;
}

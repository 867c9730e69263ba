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
  const line = `${QUALIFIER_WORDS[f.quantity.qualifier]}${n} ${f.counts}.`;
  return `${who}${who ? line : line.charAt(0).toUpperCase() + line.slice(1)}`;
}

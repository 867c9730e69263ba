// Nothing stated is lost: where a sentence states a number, a date, a named
// person's role or a place and no typed fact holds it, a generic item is still
// proposed: a cloze on those words, with wrong options of the same type from the
// article and the corpus. They come after the typed facts, as peripheral, and
// like every proposal wait for a teacher's approval. One pass over the readings,
// each span compared with the typed facts quoting its sentence: linear in length.
import type { Article } from "../../content/schema";
import type { Entity, Fact, FactOfKind, StatedSpanType } from "../schema";
import type { EntityBook } from "./entities";
import { sentenceEvidence } from "./evidence";
import { slugify } from "./ids";
import { DATELINE } from "./deal-terms";
import type { Reading } from "./reading";

type Stated = FactOfKind<"stated">;

type Span = { reading: Reading; start: number; end: number; text: string; type: StatedSpanType; shape: string };

/** "220,000", "1.5 million", "98 percent", "18": a number as the text writes it. */
const NUMBER =
  /(?<![\p{L}\p{N}.,])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?:thousand|million|billion))?(?:\s*(?:percent|per cent|%))?(?![\p{L}\p{N}]|[.,]\d)/gu;
/** A place is stated where the words before it say where: "in Vienna", "to Moscow", "near Debaltseve". */
const PLACE_BEFORE = /\b(?:in|at|to|near|from|outside|into|across)\s+(?:the\s+)?$/i;
const GUESS_BEFORE = /\b(?:in|at|near)\s+$/i;
const WEEKDAY = /^(?:(?:last|next|this|on)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i;
/** How many wrong options an item offers at most. */
const DISTRACTORS = 3;

export type StatedOptions = {
  /** Known entities: places to offer as wrong places. */
  entities: readonly Entity[];
  /** Facts of the corpus: offices, figures and dates to offer as wrong ones. */
  corpusFacts: readonly Fact[];
};

export function findStated(
  article: Article,
  readings: readonly Reading[],
  book: EntityBook,
  typed: readonly Fact[],
  options: StatedOptions,
): Stated[] {
  const spans = readings.flatMap((r) => spansOf(r, book));
  const pool = distractorPool(spans, options);
  const held = heldBy(article, typed);
  const seen = new Set<string>();
  const out: Stated[] = [];
  for (const span of spans) {
    const { reading } = span;
    if (held(reading, span)) continue;
    const id = `${slugify(article.slug).slice(0, 40)}-stated-${reading.sentence.passage}-${slugify(span.text).slice(0, 30)}`;
    if (seen.has(id) || id.endsWith("-")) continue;
    seen.add(id);
    out.push({
      id,
      kind: "stated",
      status: "proposed",
      importance: "peripheral",
      statement: reading.sentence.text,
      span: span.text,
      spanType: span.type,
      distractors: pickDistractors(span, pool),
      evidence: [sentenceEvidence(article, reading)],
      conflictsWith: [],
    });
  }
  return out;
}

function spansOf(reading: Reading, book: EntityBook): Span[] {
  const raw = reading.sentence.text;
  const out: Span[] = [];
  // "MINSK, Feb 11 -": the dateline says where and when the report was filed, not what happened.
  const dateline = DATELINE.exec(reading.text)?.[0].length ?? 0;
  const take = (start: number, end: number, type: StatedSpanType, shape: string) => {
    const text = raw.slice(start, end).trim();
    // Said twice in the sentence, the words could not be blanked once.
    if (text.length === 0 || start < dateline || raw.indexOf(text) !== raw.lastIndexOf(text)) return;
    if (out.every((s) => end <= s.start || start >= s.end)) out.push({ reading, start, end, text, type, shape });
  };
  for (const d of reading.dates) {
    const text = raw.slice(d.start, d.end).replace(/[\s,.;:]+$/, "");
    // "yesterday", or "sat" read as Saturday: no name or number to ask about.
    if (!/[\p{Lu}\p{N}]/u.test(text)) continue;
    take(d.start, d.start + text.length, "date", WEEKDAY.test(text) ? "weekday" : d.date.precision);
  }
  for (const m of reading.text.matchAll(NUMBER)) {
    // A year alone is a date, and dates were read above.
    if (/^(?:1[89]|20)\d\d$/.test(m[0])) continue;
    take(m.index, m.index + m[0].length, "number", /%|percent|per cent/.test(m[0]) ? "percent" : "count");
  }
  for (const m of reading.mentions) {
    if (m.type === "person" && m.how === "titled") {
      const title = book.roles.get(m.ids[0] ?? "")?.title;
      const at = title ? m.text.indexOf(title) : -1;
      if (title && at >= 0 && !/counterpart/i.test(title))
        take(m.start + at, m.start + at + title.length, "role", "role");
    } else if (
      ((m.type === "place" || m.how === "capital") && m.how !== "demonym") ||
      // A capitalised name only guessed at is a place where "in", "at" or "near" puts it.
      (m.how === "proper" &&
        m.type === "group" &&
        GUESS_BEFORE.test(reading.text.slice(Math.max(0, m.start - 12), m.start)))
    ) {
      // "in the Caribbean city of Cartagena": the word before "city" describes the place, it is not one.
      const describes = /^\s+(?:city|town|resort|port|village|capital|region|province|coast)\b/i.test(
        reading.text.slice(m.end),
      );
      if (!describes && PLACE_BEFORE.test(reading.text.slice(Math.max(0, m.start - 20), m.start)))
        take(m.start, m.end, "place", "place");
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether a typed fact quoting this sentence already holds the span: the words or their value are in its fields. */
function heldBy(article: Article, typed: readonly Fact[]): (reading: Reading, span: Span) => boolean {
  const bySentence = new Map<string, string[]>();
  for (const f of typed) {
    const fields = fieldText(f);
    for (const e of f.evidence) {
      if (e.article !== article.slug) continue;
      const key = `${e.passage}#${e.quote}`;
      bySentence.set(key, [...(bySentence.get(key) ?? []), fields]);
    }
  }
  return (reading, span) => {
    const quotes = bySentence.get(`${reading.sentence.passage}#${reading.sentence.text}`) ?? [];
    const needle = span.text.toLowerCase();
    const value = span.type === "date" ? reading.dates.find((d) => d.start === span.start)?.date.on : undefined;
    const number = span.type === "number" ? numberOf(span.text) : undefined;
    return quotes.some(
      (fields) =>
        fields.includes(needle) ||
        (value !== undefined && fields.includes(value)) ||
        (number !== undefined && fields.includes(`#${number}#`)),
    );
  };
}

/** A fact's fields as one lowercase text, numbers also as #n#, so a span can be looked up in it. */
function fieldText(fact: Fact): string {
  const parts: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (key === "evidence" || key === "statement" || key === "id" || key === "note") return;
    if (typeof value === "string") parts.push(value.toLowerCase());
    else if (typeof value === "number") parts.push(`#${value}#`);
    else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value && typeof value === "object")
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) walk(v, k);
  };
  walk(fact, "");
  return parts.join(" | ");
}

/** "220,000" -> 220000, "1.5 million" -> 1500000. */
function numberOf(text: string): number | undefined {
  const m = /^([\d,.]+)(?:\s+(thousand|million|billion))?/.exec(text);
  if (!m?.[1]) return undefined;
  const n = Number(m[1].replace(/,/g, ""));
  const scale = { thousand: 1e3, million: 1e6, billion: 1e9 }[m[2] ?? ""] ?? 1;
  return Number.isFinite(n) ? n * scale : undefined;
}

type Pool = Map<StatedSpanType, { text: string; shape: string }[]>;

/** Options of each type: the article's own first, then the corpus's. */
function distractorPool(spans: readonly Span[], options: StatedOptions): Pool {
  const pool: Pool = new Map();
  const add = (type: StatedSpanType, text: string, shape: string) => {
    const list = pool.get(type) ?? [];
    if (!list.some((x) => x.text.toLowerCase() === text.toLowerCase())) list.push({ text, shape });
    pool.set(type, list);
  };
  for (const s of spans) add(s.type, s.text, s.shape);
  for (const e of options.entities) if (e.type === "place") add("place", e.name, "place");
  for (const f of options.corpusFacts) {
    if (f.kind === "role") add("role", f.office, "role");
    if (f.kind === "figure" && f.quantity.min === f.quantity.max)
      add("number", f.quantity.min.toLocaleString("en-US"), f.quantity.unit === "percent" ? "percent" : "count");
  }
  return pool;
}

/** Up to three options of the span's type and shape ("Monday" gets other weekdays), never the span itself. */
function pickDistractors(span: Span, pool: Pool): string[] {
  // "Former President" is no wrong option for "President": one holds the other.
  const own = span.text.toLowerCase();
  const candidates = (pool.get(span.type) ?? []).filter(
    (x) => !own.includes(x.text.toLowerCase()) && !x.text.toLowerCase().includes(own),
  );
  const sameShape = candidates.filter((x) => x.shape === span.shape);
  return [...new Set([...sameShape, ...candidates].map((x) => x.text))].slice(0, DISTRACTORS);
}

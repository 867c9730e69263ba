// A blank in the sentence the fact is quoted from, where its entity, number or date
// stood; typed, with every accepted spelling (names, aliases, number and date forms).
import { hasOddCharacter } from "../../content/repair";
import { entityReferences } from "../../facts/checks/entity-refs";
import type { Evidence, Fact, FactDate } from "../../facts/schema";
import type { Ask } from "../asks/types";
import { estimateDifficulty, provenance, questionId, TOPIC_OF } from "../build";
import type { GenerationContext } from "../context";
import { dateVariants, formatDate, parseDateText, typedDateMatches } from "../dates";
import { evidenceSentence, evidenceSentenceWithLead, type Span } from "../evidence";
import { antecedentless } from "../lint/broken-text";
import { formatQuantity, parseQuantityText, quantityVariants } from "../quantities";
import { CLOZE_BLANK, type AnswerType, type ClaimQuantity, type QuestionOfKind } from "../schema";
import { slotValue, SLOT_TYPES, type SlotValue } from "../slots";
import { containsWords } from "../text";
import { boundInStem } from "../wording";

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
const DATE_PATTERN = new RegExp(
  [
    String.raw`\b\d{4}-\d{2}-\d{2}\b`,
    String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}(?:,?\s+\d{4})?\b`,
    String.raw`\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\b`,
    String.raw`\b${MONTH}\s+\d{4}\b`,
    String.raw`\b\d{4}\b`,
  ].join("|"),
  "g",
);
const NUMBER_WORD = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion)`;
const QUANTITY_PATTERN = new RegExp(
  String.raw`\d[\d,.]*(?:\s\d{3})*(?:\s*(?:-|–|—|to)\s*\d[\d,.]*)?(?:\s*(?:thousand|million|billion))?|\b${NUMBER_WORD}(?:[\s-]+${NUMBER_WORD})*\b`,
  "gi",
);

function spansOf(sentence: string, pattern: RegExp, keep: (match: string) => boolean): Span[] {
  const spans: Span[] = [];
  for (const m of sentence.matchAll(pattern)) {
    const text = m[0].replace(/[.,]+$/, "");
    if (m.index !== undefined && keep(text)) spans.push({ start: m.index, end: m.index + text.length, text });
  }
  return spans;
}

function dateSpans(sentence: string, date: FactDate): Span[] {
  return spansOf(sentence, DATE_PATTERN, (s) => {
    const typed = parseDateText(s);
    return typed !== undefined && typedDateMatches(date, typed);
  });
}

function quantitySpans(sentence: string, q: ClaimQuantity): Span[] {
  return spansOf(sentence, QUANTITY_PATTERN, (s) => {
    const typed = parseQuantityText(s);
    return typed !== undefined && typed.min === q.min && typed.max === q.max;
  });
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whole-word, case-insensitive occurrences of a name (indexOf, not a regex per name: this runs for every entity). */
function occurrences(sentence: string, lower: string, word: string): Span[] {
  const needle = word.toLowerCase();
  const out: Span[] = [];
  if (needle === "" || lower.length !== sentence.length) return out;
  for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    const before = sentence.charAt(at - 1);
    const after = sentence.charAt(end);
    if ((before === "" || !LETTER_OR_DIGIT.test(before)) && (after === "" || !LETTER_OR_DIGIT.test(after))) {
      out.push({ start: at, end, text: sentence.slice(at, end) });
    }
  }
  return out;
}

function wordSpans(sentence: string, words: readonly string[]): Span[] {
  // Longest name first, so "Recep Tayyip Erdogan" is blanked whole rather than "Erdogan" alone.
  const sorted = [...words].sort((a, b) => b.length - a.length);
  const spans: Span[] = [];
  const lower = sentence.toLowerCase();
  for (const word of sorted) {
    for (const span of occurrences(sentence, lower, word)) {
      if (!spans.some((s) => s.start < span.end && span.start < s.end)) spans.push(span);
    }
  }
  return spans;
}

type Blankable = { spans: Span[]; accepted: string[]; answerType: AnswerType; hint: string };

function blankable(ctx: GenerationContext, sentence: string, value: SlotValue): Blankable | undefined {
  switch (value.type) {
    case "entity": {
      const names = ctx.index.entities.names(value.id);
      const spans = wordSpans(sentence, names);
      const type = ctx.index.entities.type(value.id);
      const hint = blankHint(type);
      return {
        spans,
        accepted: [
          ...spans.map((s) => s.text),
          ...names,
          ...countryOfPlace(ctx, value.id, sentence.slice(0, spans[0]?.start ?? 0)),
        ],
        answerType: "entity",
        hint,
      };
    }
    case "date": {
      const spans = dateSpans(sentence, value.date);
      return {
        spans,
        accepted: [formatDate(value.date), ...spans.map((s) => s.text), ...dateVariants(value.date)],
        answerType: "date",
        hint: "a date",
      };
    }
    case "quantity": {
      const spans = quantitySpans(sentence, value.quantity);
      const accepted = [
        ...spans.map((s) => s.text),
        ...quantityVariants(value.quantity),
        formatQuantity(value.quantity, { qualifier: false }),
      ];
      return { spans, accepted, answerType: "quantity", hint: "a number" };
    }
    case "text": {
      const spans = wordSpans(sentence, [value.text]);
      return {
        spans,
        accepted: [...spans.map((s) => s.text), value.text],
        answerType: "text",
        hint: "the missing words",
      };
    }
  }
}

/** Numbers first: the figure is what a reader most often misremembers; then names, dates, words. */
const SLOT_ORDER = { quantity: 0, entity: 1, date: 2, text: 3 } as const;

function uniqueByNormal(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v.trim().toLowerCase();
    if (key === "" || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const opensBadly = (sentence: string) => antecedentless(sentence) !== undefined;

/**
 * Each quote's sentence as a learner can read it: one opening on "This" or "The country"
 * is shown after the sentence before it, which says what that is. Those that stay
 * unreadable (the first of their passage) come last, used only if nothing else is; a sentence
 * with a damaged character ("al-Assad´s") comes after the same words in a cleaner report.
 */
function readableSentences(
  ctx: GenerationContext,
  fact: Fact,
): { evidence: Evidence; sentence: string; quoteStart: number }[] {
  const readable = [];
  const rest = [];
  for (const evidence of fact.evidence) {
    const led = evidenceSentenceWithLead(ctx.index.articles, evidence, opensBadly);
    if (led && !opensBadly(led.sentence)) {
      readable.push({ evidence, ...led });
      continue;
    }
    const own = evidenceSentence(ctx.index.articles, evidence);
    if (own) rest.push({ evidence, ...own });
  }
  const clean = (s: { sentence: string }) => (hasOddCharacter(s.sentence) ? 1 : 0);
  return [...readable.sort((a, b) => clean(a) - clean(b)), ...rest.sort((a, b) => clean(a) - clean(b))];
}

/**
 * "Fill in the blank with a number." Where the reports disagree (360,000 or more than
 * 400,000 killed), the prompt says whose figure it is: the report the sentence is from.
 */
function fillPrompt(ctx: GenerationContext, fact: Fact, article: string, hint: string): string {
  // A bound ("more than _____") is true of smaller numbers too: naming the report makes it that report's figure.
  const bound = fact.kind === "figure" && boundInStem(fact.quantity);
  const contested = bound || fact.conflictsWith.some((id) => ctx.index.byId.has(id));
  const source = ctx.index.articles.get(article);
  if (!contested || !source) return `Fill in the blank with ${hint}.`;
  const report = source.outlet !== undefined ? `the ${source.outlet} report` : `the report “${source.title}”`;
  return `Fill in the blank with ${hint}, as ${report} gives it.`;
}

/** `used` holds the blanked sentences of earlier facts: a later fact blanks something else if it can. */
export function clozeForFact(
  ctx: GenerationContext,
  fact: Fact,
  asks: readonly Ask[],
  used: Set<string> = new Set(),
): QuestionOfKind<"cloze"> | undefined {
  let fallback: QuestionOfKind<"cloze"> | undefined;
  const ordered = [...asks].sort((a, b) => SLOT_ORDER[SLOT_TYPES[a.slot]] - SLOT_ORDER[SLOT_TYPES[b.slot]]);
  for (const { evidence, sentence, quoteStart } of readableSentences(ctx, fact)) {
    const quoteEnd = quoteStart + evidence.quote.length;
    for (const ask of ordered) {
      const value = slotValue(ask.claim, ask.slot);
      if (value === undefined) continue;
      const found = blankable(ctx, sentence, value);
      // One blank, inside the quote: two blanks for one answer would be a puzzle, not a question.
      const [span] = found?.spans ?? [];
      if (!found || found.spans.length !== 1 || !span || span.start < quoteStart || span.end > quoteEnd) continue;
      const text = `${sentence.slice(0, span.start)}${CLOZE_BLANK}${sentence.slice(span.end)}`;
      const accepted = uniqueByNormal(found.accepted);
      if (accepted.some((a) => containsWords(text, a))) continue;
      const id = questionId(fact.id, "cloze", ask.key);
      const question: QuestionOfKind<"cloze"> = {
        id,
        kind: "cloze",
        topic: ask.topic,
        prompt: fillPrompt(ctx, fact, evidence.article, found.hint),
        text,
        choices: [],
        answers: accepted,
        answerType: found.answerType,
        ...provenance([fact], [{ article: evidence.article, passage: evidence.passage, quote: evidence.quote }]),
        difficulty: estimateDifficulty("cloze", 0),
        probe: { claim: ask.claim, slot: ask.slot },
      };
      if (!used.has(text)) {
        used.add(text);
        return question;
      }
      fallback ??= question;
    }
  }
  return fallback ?? quotedEntityCloze(ctx, fact, used);
}

/** Which mentioned entity to blank when the fact's own fields cannot be: places first, people last. */
const TYPE_ORDER: Record<string, number> = {
  place: 0,
  venue: 1,
  group: 2,
  country: 3,
  organization: 4,
  agreement: 5,
  person: 6,
};

/**
 * For a fact whose fields are not in its sentence ("no military action against Idlib"),
 * blank an entity its quote names instead. There is no claim to judge then: the answer
 * is what the quoted sentence says, and the check is that the blank lies inside the quote.
 */
function quotedEntityCloze(ctx: GenerationContext, fact: Fact, used: Set<string>): QuestionOfKind<"cloze"> | undefined {
  const { entities } = ctx.index;
  for (const { evidence, sentence, quoteStart } of readableSentences(ctx, fact)) {
    const quoteEnd = quoteStart + evidence.quote.length;
    // Only what the fact is about (none, for a fact that names no entity): "the dominant force among _____"
    // blanks a bystander of the claim.
    const own = new Set(entityReferences(fact).map((r) => r.id));
    const mentioned = entities.mentionedIn(evidence.quote).filter((id) => own.has(id));
    const ranked = [...mentioned].sort(
      (a, b) =>
        (TYPE_ORDER[entities.type(a) ?? ""] ?? 9) - (TYPE_ORDER[entities.type(b) ?? ""] ?? 9) || (a < b ? -1 : 1),
    );
    for (const id of ranked) {
      const names = entities.names(id);
      const spans = wordSpans(sentence, names);
      const [span] = spans;
      if (spans.length !== 1 || !span || span.start < quoteStart || span.end > quoteEnd) continue;
      const text = `${sentence.slice(0, span.start)}${CLOZE_BLANK}${sentence.slice(span.end)}`;
      const accepted = uniqueByNormal([span.text, ...names, ...countryOfPlace(ctx, id, sentence.slice(0, span.start))]);
      if (used.has(text) || accepted.some((a) => containsWords(text, a))) continue;
      used.add(text);
      const type = entities.type(id);
      const hint = blankHint(type);
      return {
        id: questionId(fact.id, "cloze", "quoted"),
        kind: "cloze",
        topic: TOPIC_OF[fact.kind],
        prompt: `Fill in the blank with ${hint}.`,
        text,
        choices: [],
        answers: accepted,
        answerType: "entity",
        ...provenance([fact], [{ article: evidence.article, passage: evidence.passage, quote: evidence.quote }]),
        difficulty: estimateDifficulty("cloze", 0),
      };
    }
  }
  return undefined;
}

/** What the learner is told goes in the blank: "a name" for a person or body, not for a group such as "opposition fighters". */
function blankHint(type: string | undefined): string {
  if (type === "country") return "a country";
  if (type === "place" || type === "venue") return "a place";
  if (type === "person" || type === "organization" || type === "agreement") return "a name";
  return "the missing words";
}

/**
 * "Speaking in _____" is as true of Germany as of Berlin: a place's country is accepted
 * where the blank follows a preposition of place. Elsewhere the name may be an adjective
 * ("the Sochi agreements"), where a country would read as nonsense.
 */
function countryOfPlace(ctx: GenerationContext, id: string, before: string): string[] {
  if (!/\b(in|to|from|at|near|visiting)\s*$/i.test(before)) return [];
  const { entities } = ctx.index;
  const type = entities.type(id);
  if (type !== "place" && type !== "venue") return [];
  const country = entities.country(id);
  return country === undefined ? [] : entities.names(country);
}

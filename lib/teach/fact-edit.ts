// Editing a proposed fact: the fields a teacher may change for each kind, shown
// as plain text inputs, and the edited fact checked by the fact base's own schema.
// Every quote must still be found word for word in the passage it cites.
import type { Article } from "../content/schema";
import { anchorQuote } from "../content/anchor";
import { factSchema, type Fact, type FactDate, type FactKind } from "../facts/schema";

export type FieldType = "text" | "entity" | "entities" | "date" | "boolean";
export type FieldSpec = { name: string; label: string; type: FieldType; optional?: boolean; hint?: string };

const statement: FieldSpec = { name: "statement", label: "Statement", type: "text", hint: "One plain sentence a learner can read as the fact." };

export const FACT_FIELDS: Record<FactKind, readonly FieldSpec[]> = {
  backing: [
    statement,
    { name: "backer", label: "Backer", type: "entity" },
    { name: "backed", label: "Backed", type: "entity" },
    { name: "phrasing", label: "How the text puts it", type: "text" },
  ],
  meeting: [
    statement,
    { name: "participants", label: "Participants", type: "entities" },
    { name: "place", label: "Place", type: "entity", optional: true },
    { name: "venue", label: "Venue", type: "text", optional: true },
    { name: "date", label: "Date", type: "date", optional: true },
    { name: "format", label: "Format", type: "text", hint: "bilateral talks, three-way summit, …" },
    { name: "outcome", label: "Outcome", type: "text", optional: true },
    { name: "planned", label: "Planned, not yet held", type: "boolean" },
  ],
  "deal-term": [
    statement,
    { name: "agreement", label: "Agreement", type: "entity" },
    { name: "requires", label: "What it requires", type: "text" },
    { name: "parties", label: "Parties", type: "entities", optional: true },
    { name: "deadline", label: "Deadline", type: "date", optional: true },
  ],
  figure: [
    statement,
    { name: "counts", label: "What it counts", type: "text" },
    { name: "measure", label: "Measure key", type: "text" },
    { name: "asOf", label: "As of", type: "date", optional: true },
    { name: "source", label: "Source", type: "text", optional: true },
  ],
  role: [
    statement,
    { name: "person", label: "Person", type: "entity" },
    { name: "office", label: "Office", type: "text" },
    { name: "country", label: "Country", type: "entity", optional: true },
  ],
  event: [
    statement,
    { name: "date", label: "Date", type: "date" },
    { name: "what", label: "What happened", type: "text" },
    { name: "actors", label: "Actors", type: "entities", optional: true },
  ],
  motive: [
    statement,
    { name: "actor", label: "Who", type: "entity" },
    { name: "stance", label: "Stance", type: "text", hint: "wants, fears, opposes or seeks" },
    { name: "aim", label: "What they want or fear", type: "text", hint: "In the article's words." },
    { name: "because", label: "Because", type: "text", optional: true },
    { name: "about", label: "About", type: "entity", optional: true },
    { name: "attributedTo", label: "According to", type: "entity", optional: true },
    { name: "attribution", label: "Attributing words", type: "text", optional: true, hint: "As they appear in the quote: “the analyst said”." },
  ],
  claim: [
    statement,
    { name: "claimant", label: "Claimant", type: "entity" },
    { name: "claim", label: "What is claimed", type: "text", hint: "In the article's words." },
    { name: "attribution", label: "Attributing words", type: "text", hint: "As they appear in the quote: “as Ankara claims”, “according to”." },
    { name: "disputedBy", label: "Disputed by", type: "entities", optional: true },
  ],
  relation: [
    statement,
    { name: "between", label: "Between (two entities)", type: "entities" },
    { name: "relation", label: "Relation", type: "text", hint: "opposite-sides, allies, co-guarantors, rivals, partners or separate-tracks" },
    { name: "description", label: "The article's words for it", type: "text" },
    { name: "context", label: "Context", type: "text", optional: true },
  ],
};

/** A fact date as typed: 2018, 2018-09 or 2018-09-17 (the precision follows). */
export function formatFactDate(d: FactDate | undefined): string {
  if (!d) return "";
  return d.precision === "year" ? d.on.slice(0, 4) : d.precision === "month" ? d.on.slice(0, 7) : d.on;
}

export function parseFactDate(text: string): FactDate | null {
  const t = text.trim();
  if (/^\d{4}$/.test(t)) return { on: `${t}-01-01`, precision: "year" };
  if (/^\d{4}-\d{2}$/.test(t)) return { on: `${t}-01`, precision: "month" };
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return { on: t, precision: "day" };
  return null;
}

function fieldValue(fact: Fact, spec: FieldSpec): unknown {
  return (fact as Record<string, unknown>)[spec.name];
}

/** The form's starting values for a fact: every field as text. */
export function factFormValues(fact: Fact): Record<string, string> {
  const out: Record<string, string> = {};
  for (const spec of FACT_FIELDS[fact.kind]) {
    const v = fieldValue(fact, spec);
    if (spec.type === "entities") out[spec.name] = Array.isArray(v) ? v.join(", ") : "";
    else if (spec.type === "date") out[spec.name] = formatFactDate(v as FactDate | undefined);
    else if (spec.type === "boolean") out[spec.name] = v === true ? "on" : "";
    else out[spec.name] = typeof v === "string" ? v : "";
  }
  fact.evidence.forEach((e, i) => (out[`quote.${i}`] = e.quote));
  return out;
}

export type FactEditResult = { ok: true; fact: Fact } | { ok: false; fieldErrors: Record<string, string[]> };

/**
 * The fact with the form's values, validated by factSchema; entity ids must be
 * known and every quote must be found in its passage.
 */
export function applyFactEdit(fact: Fact, form: Readonly<Record<string, string | undefined>>, context: { articles: readonly Article[]; entityIds: ReadonlySet<string> }): FactEditResult {
  const errors: Record<string, string[]> = {};
  const add = (name: string, message: string) => (errors[name] ??= []).push(message);
  const draft: Record<string, unknown> = { ...fact };

  for (const spec of FACT_FIELDS[fact.kind]) {
    const raw = (form[spec.name] ?? "").trim();
    if (spec.type === "boolean") {
      draft[spec.name] = raw === "on";
      continue;
    }
    if (raw === "") {
      if (spec.optional) delete draft[spec.name];
      else add(spec.name, `Enter the ${spec.label.toLowerCase()}`);
      if (spec.type === "entities") draft[spec.name] = [];
      continue;
    }
    if (spec.type === "text") draft[spec.name] = raw;
    else if (spec.type === "entity") {
      if (!context.entityIds.has(raw)) add(spec.name, `"${raw}" is not a known entity id`);
      draft[spec.name] = raw;
    } else if (spec.type === "entities") {
      const ids = raw.split(",").map((s) => s.trim()).filter(Boolean);
      for (const id of ids) if (!context.entityIds.has(id)) add(spec.name, `"${id}" is not a known entity id`);
      draft[spec.name] = ids;
    } else {
      const date = parseFactDate(raw);
      if (!date) add(spec.name, "Write the date as YYYY, YYYY-MM or YYYY-MM-DD");
      else draft[spec.name] = date;
    }
  }

  draft.evidence = fact.evidence.map((e, i) => {
    const quote = form[`quote.${i}`] ?? e.quote;
    const article = context.articles.find((a) => a.slug === e.article);
    const passage = article?.passages.find((p) => p.id === e.passage);
    // Context selectors were written for the old quote; a new quote stands on its own.
    const next = quote === e.quote ? e : { article: e.article, passage: e.passage, quote };
    if (!passage || quote.length === 0 || !passage.text.includes(quote)) {
      add(`quote.${i}`, `The quote must be found word for word in passage ${e.passage.slice(1)}`);
    } else if (!anchorQuote(passage.text, next).ok) {
      add(`quote.${i}`, `The quote appears more than once in passage ${e.passage.slice(1)}; make it longer`);
    }
    return next;
  });

  const parsed = factSchema.safeParse(draft);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) add(issue.path.map(String).join(".") || "_form", issue.message);
  }
  if (Object.keys(errors).length || !parsed.success) return { ok: false, fieldErrors: errors };
  return { ok: true, fact: parsed.data };
}

// Adding and editing a teacher's fact: the fields a teacher may fill for each kind,
// entities named by their names (resolved here to ids, or created), and the fact
// checked by the fact base's own schema. Every quote must be found word for word in
// the passage it cites.
import { z } from "zod";
import { passageKeySchema, slugSchema, type Article } from "../content/schema";
import { recordIdSchema } from "./schema";
import { anchorQuote } from "../content/anchor";
import { slugify } from "../facts/extract/ids";
import {
  entityTypeSchema,
  factSchema,
  type Entity,
  type Evidence,
  type Fact,
  type FactDate,
  type FactKind,
  type Quantity,
} from "../facts/schema";

export type FieldType = "text" | "entity" | "entities" | "date" | "boolean" | "quantity";
export type FieldSpec = { name: string; label: string; type: FieldType; optional?: boolean; hint?: string };

const statement: FieldSpec = {
  name: "statement",
  label: "Statement",
  type: "text",
  hint: "One plain sentence a learner can read as the fact.",
};

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
    {
      name: "quantity",
      label: "Number and unit",
      type: "quantity",
      hint: "As the text gives it: 900,000 people, or 40-50 trucks",
    },
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
    {
      name: "attribution",
      label: "Attributing words",
      type: "text",
      optional: true,
      hint: "As they appear in the quote: “the analyst said”.",
    },
  ],
  claim: [
    statement,
    { name: "claimant", label: "Claimant", type: "entity" },
    { name: "claim", label: "What is claimed", type: "text", hint: "In the article's words." },
    {
      name: "attribution",
      label: "Attributing words",
      type: "text",
      hint: "As they appear in the quote: “as Ankara claims”, “according to”.",
    },
    { name: "disputedBy", label: "Disputed by", type: "entities", optional: true },
  ],
  relation: [
    statement,
    { name: "between", label: "Between (two entities)", type: "entities" },
    {
      name: "relation",
      label: "Relation",
      type: "text",
      hint: "opposite-sides, allies, co-guarantors, rivals, partners or separate-tracks",
    },
    { name: "description", label: "The article's words for it", type: "text" },
    { name: "context", label: "Context", type: "text", optional: true },
  ],
  stated: [
    statement,
    { name: "span", label: "Words to ask about", type: "text", hint: "Exactly as the quote has them: 18, Vienna, …" },
    { name: "spanType", label: "What they are", type: "text", hint: "number, date, role or place" },
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

/** A quantity as typed: "900,000 people", "40-50 trucks", "40 to 50 trucks". */
export function parseQuantity(text: string, qualifier: Quantity["qualifier"] = "exact"): Quantity | null {
  const m = /^(\d[\d,]*(?:\.\d+)?)(?:\s*(?:-|–|to)\s*(\d[\d,]*(?:\.\d+)?))?\s+(\S.*)$/.exec(text.trim());
  if (!m?.[1] || !m[3]) return null;
  const min = Number(m[1].replace(/,/g, ""));
  const max = m[2] ? Number(m[2].replace(/,/g, "")) : min;
  if (!Number.isFinite(min) || !Number.isFinite(max) || min > max) return null;
  return { min, max, qualifier, unit: m[3].trim() };
}

export function formatQuantity(q: Quantity | undefined): string {
  if (!q) return "";
  return q.min === q.max ? `${q.min} ${q.unit}` : `${q.min}-${q.max} ${q.unit}`;
}

function fieldValue(fact: FactDraft, spec: FieldSpec): unknown {
  return fact[spec.name];
}

/**
 * The form's starting values for a fact: every field as text, entities by name
 * (when names are given) and, for lists, also one value per entry ("participants.0", ...).
 */
export function factFormValues(
  fact: FactDraft,
  names: ReadonlyMap<string, string> = new Map(),
): Record<string, string> {
  const out: Record<string, string> = {};
  const name = (id: unknown) => (typeof id === "string" ? (names.get(id) ?? id) : "");
  for (const spec of FACT_FIELDS[fact.kind]) {
    const v = fieldValue(fact, spec);
    if (spec.type === "entities") {
      const list = Array.isArray(v) ? v.map(name) : [];
      out[spec.name] = list.join(", ");
      list.forEach((n, i) => (out[`${spec.name}.${i}`] = n));
    } else if (spec.type === "entity") out[spec.name] = name(v);
    else if (spec.type === "quantity") out[spec.name] = formatQuantity(v as Quantity | undefined);
    else if (spec.type === "date") out[spec.name] = formatFactDate(v as FactDate | undefined);
    else if (spec.type === "boolean") out[spec.name] = v === true ? "on" : "";
    else out[spec.name] = typeof v === "string" ? v : "";
  }
  fact.evidence.forEach((e, i) => (out[`quote.${i}`] = e.quote));
  return out;
}

export type FactEditResult = { ok: true; fact: Fact } | { ok: false; fieldErrors: Record<string, string[]> };

/** A fact being written: a kind and evidence, the rest filled from the form. */
export type FactDraft = { kind: FactKind; evidence: readonly Evidence[] } & Record<string, unknown>;

/**
 * The fact with the form's values, validated by factSchema; entity ids must be
 * known and every quote must be found in its passage.
 */
export function applyFactEdit(
  fact: FactDraft,
  form: Readonly<Record<string, string | undefined>>,
  context: { articles: readonly Article[]; entityIds: ReadonlySet<string> },
): FactEditResult {
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
    else if (spec.type === "quantity") {
      const old = fact[spec.name] as Quantity | undefined;
      const q = parseQuantity(raw, old?.qualifier);
      if (!q) add(spec.name, "Write the number, then what it counts: 900,000 people, or 40-50 trucks");
      else draft[spec.name] = q;
    } else if (spec.type === "entity") {
      if (!context.entityIds.has(raw)) add(spec.name, `"${raw}" is not a known entity id`);
      draft[spec.name] = raw;
    } else if (spec.type === "entities") {
      const ids = raw
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
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

// ---------- Entities by name ----------

export const MAX_LIST_ENTRIES = 12;

export type NewEntityRequest = { name: string; type: string | undefined };
export type EntityResolution =
  | { ok: true; form: Record<string, string>; newEntities: Entity[] }
  | { ok: false; fieldErrors: Record<string, string[]> };

function normalName(text: string): string {
  return text.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}

/** The entities a name picks: by name first, then by alias, then by id. */
export function findEntitiesByName(entities: readonly Entity[], name: string): Entity[] {
  const n = normalName(name);
  if (!n) return [];
  const byName = entities.filter((e) => normalName(e.name) === n);
  if (byName.length) return byName;
  const byAlias = entities.filter((e) => e.aliases.some((a) => normalName(a) === n));
  if (byAlias.length) return byAlias;
  return entities.filter((e) => e.id === name.trim());
}

/** The raw names typed into one entity or entity-list field. */
function namesOf(form: Readonly<Record<string, string | undefined>>, spec: FieldSpec): { key: string; name: string }[] {
  if (spec.type === "entity") return [{ key: spec.name, name: (form[spec.name] ?? "").trim() }].filter((x) => x.name);
  const out: { key: string; name: string }[] = [];
  for (let i = 0; i < MAX_LIST_ENTRIES; i++) {
    const name = (form[`${spec.name}.${i}`] ?? "").trim();
    if (name) out.push({ key: `${spec.name}.${i}`, name });
  }
  return out;
}

/**
 * Turns the names a teacher typed into entity ids. A name no entity has becomes a
 * new entity of the type chosen beside it ("<field>.newType"); a name two entities
 * share is refused rather than guessed.
 */
export function resolveEntityNames(
  kind: FactKind,
  form: Readonly<Record<string, string | undefined>>,
  entities: readonly Entity[],
): EntityResolution {
  const errors: Record<string, string[]> = {};
  const add = (name: string, message: string) => (errors[name] ??= []).push(message);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(form)) if (v !== undefined) out[k] = v;
  const taken = new Set(entities.map((e) => e.id));
  const created = new Map<string, Entity>();

  const idFor = (key: string, name: string): string | null => {
    const found = findEntitiesByName(entities, name);
    if (found.length === 1 && found[0]) return found[0].id;
    if (found.length > 1) {
      add(
        key,
        `More than one entity is called "${name}" (${found.map((e) => `${e.name}, ${e.type}`).join("; ")}); use a longer name`,
      );
      return null;
    }
    const again = created.get(normalName(name));
    if (again) return again.id;
    const type = entityTypeSchema.safeParse(form[`${key}.newType`]);
    if (!type.success) {
      add(key, `No entity is called "${name}". Choose what kind of thing it is to create it`);
      return null;
    }
    const base = slugify(name) || "entity";
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    const entity: Entity = { id, type: type.data, name: name.trim().replace(/\s+/g, " "), aliases: [] };
    created.set(normalName(name), entity);
    return id;
  };

  for (const spec of FACT_FIELDS[kind]) {
    if (spec.type === "entity") {
      const [entry] = namesOf(form, spec);
      out[spec.name] = entry ? (idFor(entry.key, entry.name) ?? "") : "";
    } else if (spec.type === "entities") {
      const ids = namesOf(form, spec).flatMap(({ key, name }) => idFor(key, name) ?? []);
      out[spec.name] = [...new Set(ids)].join(", ");
    }
  }
  if (Object.keys(errors).length) return { ok: false, fieldErrors: errors };
  return { ok: true, form: out, newEntities: [...created.values()] };
}

/** A new fact's id: its kind and the start of its statement, made unique by the store. */
export function newFactId(kind: FactKind, statement: string): string {
  return slugify(`${kind} ${statement}`).slice(0, 60).replace(/-+$/, "") || kind;
}

/** The skeleton a new fact is filled into: its kind, one piece of evidence, and a status. */
export function newFactDraft(
  kind: FactKind,
  evidence: Evidence,
  status: "reviewed" | "proposed",
  statementText: string,
): FactDraft {
  return { id: newFactId(kind, statementText), kind, status, evidence: [evidence], conflictsWith: [] };
}

// ---------- Form boundaries ----------

const factKindSchema = z.custom<FactKind>(
  (v) => typeof v === "string" && Object.hasOwn(FACT_FIELDS, v),
  "Choose what kind of fact it is",
);

/** A new fact: which article and passage, what kind, and whether it is approved at once. The fields are read by applyFactEdit. */
export const newFactSchema = z.object({
  slug: slugSchema,
  passage: passageKeySchema,
  kind: factKindSchema,
  status: z.enum(["reviewed", "proposed"]).default("reviewed"),
  "quote.0": z
    .string()
    .trim()
    .min(1, "Copy the words that state the fact from the passage")
    .max(2000, "Keep the quote under 2,000 characters"),
});

/** Approving many: the ticked facts of one article. */
export const approveFactsSchema = z.strictObject({
  slug: slugSchema,
  factIds: z.array(recordIdSchema).min(1, "Tick at least one fact to approve").max(500),
});

/** The new-fact page's starting point, from a selection in the article: both optional, bad values dropped. */
export const selectionParamsSchema = z.object({
  passage: passageKeySchema.optional().catch(undefined),
  quote: z.string().max(2000).optional().catch(undefined),
  kind: factKindSchema.optional().catch(undefined),
});

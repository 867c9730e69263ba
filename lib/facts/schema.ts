// The fact base: one typed fact per entry of content/facts/*.yaml, each tied to
// the exact words that state it.
import { z } from "zod";
import { isoDaySchema, passageKeySchema, quoteSelectorSchema, slugSchema } from "../content/schema";

export const factIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a fact id is lowercase words joined by hyphens");

export const entityIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "an entity id is lowercase words joined by hyphens");

export const entityTypeSchema = z.enum([
  "country",
  "person",
  "place",
  "group",
  "organization",
  "agreement",
  "venue",
  /** A negotiations process or round of talks the articles name (the Astana talks, the Geneva talks). */
  "talks",
]);
export type EntityType = z.infer<typeof entityTypeSchema>;

/** content/entities.yaml: the things facts talk about, with the other names the articles use. */
export const entitySchema = z.strictObject({
  id: entityIdSchema,
  type: entityTypeSchema,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  /** For people: the country they belong to, for distractors "of the same kind". */
  country: entityIdSchema.optional(),
});
export type Entity = z.infer<typeof entitySchema>;
export const entitiesFileSchema = z.array(entitySchema);

export const evidenceSchema = quoteSelectorSchema.extend({
  article: slugSchema,
  passage: passageKeySchema,
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const datePrecisionSchema = z.enum(["day", "month", "year"]);
/** A date as precise as the text is: "2018-09-17" (day), "2018-09-01" with month, ... */
export const factDateSchema = z.strictObject({
  on: isoDaySchema,
  precision: datePrecisionSchema,
});
export type FactDate = z.infer<typeof factDateSchema>;

/** A quantity as the text gives it: an exact value, a range, and a qualifier. */
export const quantitySchema = z
  .strictObject({
    min: z.number(),
    max: z.number(),
    /** "more than", "up to", "some", "an estimated", ... kept as the text says it. */
    qualifier: z.enum(["exact", "more-than", "up-to", "about", "estimated"]).default("exact"),
    unit: z.string().min(1),
  })
  .refine((q) => q.min <= q.max, "min must not be above max");
export type Quantity = z.infer<typeof quantitySchema>;

export const factStatusSchema = z.enum(["reviewed", "proposed", "rejected"]);
export type FactStatus = z.infer<typeof factStatusSchema>;

/**
 * How much a teacher would want it asked. core: what a teacher asks first (who
 * backs whom, the agreements and their terms, the summits, the main crisis);
 * peripheral: minor analysts' names, spokesmen's remark dates, counts of phone
 * calls, durations of talks; supporting: the rest.
 */
export const importanceSchema = z.enum(["core", "supporting", "peripheral"]);
export type Importance = z.infer<typeof importanceSchema>;

const factBase = {
  id: factIdSchema,
  /** One plain sentence a learner can read as the fact. */
  statement: z.string().min(1),
  status: factStatusSchema.default("reviewed"),
  evidence: z.array(evidenceSchema).min(1, "every fact needs at least one evidence entry"),
  /** Facts that state a different value for the same thing (a conflict between sources). */
  conflictsWith: z.array(factIdSchema).default([]),
  importance: importanceSchema.default("supporting"),
  note: z.string().optional(),
};

export const backingFactSchema = z.strictObject({
  ...factBase,
  kind: z.literal("backing"),
  backer: entityIdSchema,
  backed: entityIdSchema,
  /** How the text puts it: "key allies of", "backs", "Russia-backed", ... */
  phrasing: z.string().min(1),
});

export const meetingFactSchema = z.strictObject({
  ...factBase,
  kind: z.literal("meeting"),
  participants: z.array(entityIdSchema).min(2),
  place: entityIdSchema.optional(),
  venue: z.string().optional(),
  date: factDateSchema.optional(),
  /** "bilateral talks", "three-way summit", ... */
  format: z.string().min(1),
  duration: z.string().optional(),
  outcome: z.string().optional(),
  /** What it was meant to do, in the article's words: "to decide the fate of Idlib". */
  purpose: z.string().min(1).optional(),
  /** Planned (the article reports it ahead) or held. */
  planned: z.boolean().default(false),
});

export const dealTermFactSchema = z.strictObject({
  ...factBase,
  kind: z.literal("deal-term"),
  agreement: entityIdSchema,
  requires: z.string().min(1),
  /** Who must do it, where the text says. */
  parties: z.array(entityIdSchema).default([]),
  deadline: factDateSchema.optional(),
  quantity: quantitySchema.optional(),
});

export const figureFactSchema = z.strictObject({
  ...factBase,
  kind: z.literal("figure"),
  quantity: quantitySchema,
  /** What it counts: "people killed in the Syrian war". */
  counts: z.string().min(1),
  /** A short key for the thing measured; facts with the same measure are comparable. */
  measure: z.string().min(1),
  asOf: factDateSchema.optional(),
  /** Who says so, where the text names a source. */
  source: z.string().optional(),
});

export const roleFactSchema = z.strictObject({
  ...factBase,
  kind: z.literal("role"),
  person: entityIdSchema,
  office: z.string().min(1),
  country: entityIdSchema.optional(),
});

export const eventFactSchema = z.strictObject({
  ...factBase,
  kind: z.literal("event"),
  date: factDateSchema,
  what: z.string().min(1),
  actors: z.array(entityIdSchema).default([]),
});

export const motiveStanceSchema = z.enum(["wants", "fears", "opposes", "seeks"]);
export type MotiveStance = z.infer<typeof motiveStanceSchema>;

/** Who wants or fears what, and why, where an article states it. */
export const motiveFactSchema = z.strictObject({
  ...factBase,
  kind: z.literal("motive"),
  actor: entityIdSchema,
  stance: motiveStanceSchema,
  /** What they want or fear, a noun phrase in the article's words: "a massive flow of refugees onto its soil". */
  aim: z.string().min(1),
  /** The reason the article states, in its words. */
  because: z.string().min(1).optional(),
  /** The entity at stake, where there is one. */
  about: entityIdSchema.optional(),
  /** Whose reading of the motive it is, where the article gives it as someone's view (an analyst's, a spokesman's). */
  attributedTo: entityIdSchema.optional(),
  /** The words in the quote that attribute it ("the analyst said"); content:check finds them in every quote. */
  attribution: z.string().min(1).optional(),
});

/** Who asserts what, with the words that attribute it. The report that carries it is the evidence's article. */
export const claimFactSchema = z.strictObject({
  ...factBase,
  kind: z.literal("claim"),
  /** A ministry, a state, an outlet or a person. */
  claimant: entityIdSchema,
  /** Others the same words give the claim to ("representatives of Turkey, the EU and the US"). */
  coClaimants: z.array(entityIdSchema).default([]),
  /** What is asserted, in the article's words. */
  claim: z.string().min(1),
  /** The words in the quote that attribute it: "as Ankara claims", "according to", "said"; content:check finds them in every quote. */
  attribution: z.string().min(1),
  /** Who the article says rejects the claim. */
  disputedBy: z.array(entityIdSchema).default([]),
  /** The other side's claim (a claim fact that names this one back). */
  counterClaim: factIdSchema.optional(),
  /** Entities the claim is about. */
  about: z.array(entityIdSchema).default([]),
  /** Facts the claim is about (the meeting a claim looks ahead to). */
  concerns: z.array(factIdSchema).default([]),
});

export const relationKindSchema = z.enum([
  "opposite-sides",
  "allies",
  "co-guarantors",
  "rivals",
  "partners",
  "separate-tracks",
]);
export type RelationKind = z.infer<typeof relationKindSchema>;

/** How two entities stand to each other: on opposite sides of the war, yet key allies. */
export const relationFactSchema = z.strictObject({
  ...factBase,
  kind: z.literal("relation"),
  between: z.tuple([entityIdSchema, entityIdSchema]),
  relation: relationKindSchema,
  /** The article's words for it: "on opposite sides of the deadly seven-year conflict". */
  description: z.string().min(1),
  /** What the relation holds in, or despite: "while backing separate sides". */
  context: z.string().min(1).optional(),
});

export const statedSpanTypeSchema = z.enum(["number", "date", "role", "place"]);
export type StatedSpanType = z.infer<typeof statedSpanTypeSchema>;

/**
 * Words a sentence states (a number, a date, a named person's role, a place) that
 * no typed fact holds, kept so nothing the article says is lost: asked as a cloze
 * on those words. The statement is the sentence itself; always proposed by the
 * extractor, and peripheral unless a teacher says otherwise.
 */
export const statedFactSchema = z.strictObject({
  ...factBase,
  kind: z.literal("stated"),
  importance: importanceSchema.default("peripheral"),
  /** The words to blank, exactly as the evidence quote has them. */
  span: z.string().min(1),
  spanType: statedSpanTypeSchema,
  /** Wrong options of the same type, from the article and the corpus. */
  distractors: z.array(z.string().min(1)).default([]),
});

export const factSchema = z.discriminatedUnion("kind", [
  backingFactSchema,
  meetingFactSchema,
  dealTermFactSchema,
  figureFactSchema,
  roleFactSchema,
  eventFactSchema,
  motiveFactSchema,
  claimFactSchema,
  relationFactSchema,
  statedFactSchema,
]);
export type Fact = z.infer<typeof factSchema>;
export type FactKind = Fact["kind"];
export type FactOfKind<K extends FactKind> = Extract<Fact, { kind: K }>;

/** A content/facts/*.yaml file is a list of facts. */
export const factsFileSchema = z.array(factSchema);

/** Every fact kind, in the order files and reports list them. */
export const FACT_KINDS = [
  "backing",
  "meeting",
  "deal-term",
  "figure",
  "role",
  "event",
  "motive",
  "claim",
  "relation",
  "stated",
] as const satisfies readonly FactKind[];

/** The three kinds the extractor proposes for unseen articles. */
export const CORE_KINDS = ["backing", "meeting", "deal-term"] as const satisfies readonly FactKind[];

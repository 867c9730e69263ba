// The shape of the source corpus: articles as stored in content/articles/<slug>.md.
import { z } from "zod";

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a slug is lowercase words joined by hyphens");

/** A calendar day, YYYY-MM-DD, that really exists. */
export const isoDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a date is written YYYY-MM-DD")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "not a real calendar day");

/** Front matter of an article file. */
export const articleMetaSchema = z.strictObject({
  slug: slugSchema,
  title: z.string().min(1),
  outlet: z.string().min(1).optional(),
  /** The day the article was written (checked against what it reports). */
  publishedOn: isoDaySchema,
  /** Why publishedOn is what it is, when the header did not say it plainly. */
  dateNote: z.string().optional(),
  seedFile: z.string().optional(),
  /** What was done to the layout on import; the words themselves are never changed. */
  repairs: z.array(z.string()).default([]),
});
export type ArticleMeta = z.infer<typeof articleMetaSchema>;

export const passageKeySchema = z.string().regex(/^p[1-9]\d*$/, "a passage id is p1, p2, ...");

export const passageSchema = z.object({
  id: passageKeySchema,
  text: z.string().min(1),
});
export type Passage = z.infer<typeof passageSchema>;

export const articleSchema = articleMetaSchema.extend({
  passages: z.array(passageSchema).min(1),
});
export type Article = z.infer<typeof articleSchema>;

/** A W3C TextQuoteSelector in spirit: exact text, with optional context to disambiguate. */
export const quoteSelectorSchema = z.strictObject({
  quote: z.string().min(1),
  prefix: z.string().min(1).optional(),
  suffix: z.string().min(1).optional(),
});
export type QuoteSelector = z.infer<typeof quoteSelectorSchema>;

/** A selector resolved against its passage: offsets are computed, never typed by hand. */
export type AnchoredQuote = QuoteSelector & { start: number; end: number };

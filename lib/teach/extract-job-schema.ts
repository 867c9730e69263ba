// What crosses the process boundary of an extraction job, both ways, checked with zod.
import { z } from "zod";
import { articleSchema } from "../content/schema";
import { entitySchema, factSchema } from "../facts/schema";
import { importArticleSchema } from "./schema";

export const pasteJobSchema = z.strictObject({
  input: importArticleSchema,
  slug: z.string().min(1),
  entities: z.array(entitySchema),
});
export type PasteJob = z.infer<typeof pasteJobSchema>;

export const pasteJobOutputSchema = z.discriminatedUnion("ok", [
  z.strictObject({
    ok: z.literal(true),
    article: articleSchema,
    facts: z.array(factSchema),
    entities: z.array(entitySchema),
  }),
  z.strictObject({ ok: z.literal(false), message: z.string(), fieldErrors: z.record(z.string(), z.array(z.string())) }),
]);
export type PasteJobOutput = z.infer<typeof pasteJobOutputSchema>;

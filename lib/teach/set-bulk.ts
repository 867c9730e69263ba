// Adding many questions to a set at once (every match of a bank filter, or every
// reviewed question of one article) and placing one question at a position
// (drag and drop). The server recomputes what matches: the form only names a filter.
import { z } from "zod";
import { slugSchema } from "../content/schema";
import { bankFilterSchema, recordIdSchema, setQuestionSchema } from "./schema";

/** "Add all matching": the bank filter as the form sends it (no page: every page counts). */
export const addMatchingSchema = bankFilterSchema.omit({ page: true }).extend({ setId: recordIdSchema });
export type AddMatchingInput = z.infer<typeof addMatchingSchema>;

/** "Add all reviewed questions from this article": an existing set, or a new one by title. */
export const addArticleQuestionsSchema = z.discriminatedUnion("target", [
  z.strictObject({
    slug: slugSchema,
    target: z.literal("existing"),
    setId: recordIdSchema,
    newTitle: z.string().optional(),
  }),
  z.strictObject({
    slug: slugSchema,
    target: z.literal("new"),
    setId: z.string().optional(),
    newTitle: z.string().trim().min(1, "Give the new set a title").max(120, "Keep the title under 120 characters"),
  }),
]);
export type AddArticleQuestionsInput = z.infer<typeof addArticleQuestionsSchema>;

export const placeSetQuestionSchema = setQuestionSchema.extend({
  position: z.coerce.number().int().min(0).max(10_000),
});

/** The ids with one moved to a 0-based position (clamped); unchanged when the id is not there. */
export function placeItem(ids: readonly string[], id: string, position: number): string[] {
  const at = ids.indexOf(id);
  if (at < 0) return [...ids];
  const rest = ids.filter((x) => x !== id);
  const to = Math.max(0, Math.min(position, rest.length));
  return [...rest.slice(0, to), id, ...rest.slice(to)];
}

export type BulkAddResult = { added: number; already: number; overLimit: number };

/** What the teacher reads after a bulk add: how many were added, already there, or left out by the size limit. */
export function describeBulkAdd(r: BulkAddResult, limit: number): string {
  const parts = [`Added ${r.added} ${r.added === 1 ? "question" : "questions"}.`];
  if (r.already) parts.push(`${r.already} ${r.already === 1 ? "was" : "were"} already in the set.`);
  if (r.overLimit) parts.push(`${r.overLimit} did not fit: a set holds at most ${limit} questions.`);
  return parts.join(" ");
}

// What the quiz actions accept from a browser. Everything is bounded: a
// tampered or oversized form is refused before anything is read or written.
import { z } from "zod";
import { answerSchema, questionKindSchema } from "../questions/schema";
import { TOPIC_GROUP_IDS } from "../questions/topic-groups";

export const QUIZ_LENGTHS = [5, 10, 15, 20] as const;

export const startQuizSchema = z.strictObject({
  group: z.enum(["mixed", ...TOPIC_GROUP_IDS]).default("mixed"),
  length: z.coerce
    .number()
    .int()
    .refine((n) => (QUIZ_LENGTHS as readonly number[]).includes(n), "Choose 5, 10, 15 or 20 questions")
    .default(10),
  kinds: z.array(questionKindSchema).max(8).default([]),
});
export type StartQuizInput = z.infer<typeof startQuizSchema>;

const idSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9_:.-]+$/, "not a valid id");

/** The longest answer a learner can sensibly send, as JSON. */
export const MAX_ANSWER_JSON = 4000;

/**
 * The answer's length as JSON. A server action's arguments can hold what JSON
 * cannot (a BigInt, a function, a cycle): those count as empty here, and
 * answerSchema then refuses them.
 */
function jsonLength(value: unknown): number {
  try {
    return JSON.stringify(value ?? null)?.length ?? 0;
  } catch {
    return 0;
  }
}

export const submitAnswerSchema = z.strictObject({
  attemptId: idSchema,
  questionId: idSchema,
  idempotencyKey: z.uuid("a submission key is a UUID"),
  answer: z
    .unknown()
    .refine((a) => jsonLength(a) <= MAX_ANSWER_JSON, "That answer is too long.")
    .pipe(answerSchema),
});
export type SubmitAnswerInput = z.infer<typeof submitAnswerSchema>;

export const attemptRefSchema = z.strictObject({ attemptId: idSchema });

export const reportQuestionSchema = z.strictObject({
  questionId: idSchema,
  message: z.string().trim().min(3, "Say briefly what is wrong").max(1000, "Keep it under 1000 characters"),
});

export const retryMissedSchema = z.strictObject({
  group: z.enum(["all", ...TOPIC_GROUP_IDS]).default("all"),
  assignmentId: z.string().max(64).optional(),
});
export type RetryMissedInput = z.infer<typeof retryMissedSchema>;

/** The review page's filters, from its search params; anything odd falls back to no filter. */
export const reviewFilterSchema = z
  .object({
    group: z
      .enum(["all", ...TOPIC_GROUP_IDS])
      .catch("all")
      .default("all"),
    assignment: z.string().max(64).optional().catch(undefined),
  })
  .catch({ group: "all" });

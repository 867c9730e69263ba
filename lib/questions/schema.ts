// Questions generated from the fact base, what a learner submits for each kind,
// and what grading returns. Every question carries the evidence that proves it.
import { z } from "zod";
import { passageKeySchema, slugSchema } from "../content/schema";
import { entityIdSchema, factDateSchema, factIdSchema } from "../facts/schema";

export const QUESTION_KINDS = [
  "single-choice",
  "multi-select",
  "true-false",
  "cloze",
  "date",
  "ordering",
  "matching",
  "evidence",
] as const;
export const questionKindSchema = z.enum(QUESTION_KINDS);
export type QuestionKind = z.infer<typeof questionKindSchema>;

export const TOPICS = ["backing", "summit", "sochi-deal", "figure", "people", "event"] as const;
export const topicSchema = z.enum(TOPICS);
export type Topic = z.infer<typeof topicSchema>;

export const questionStatusSchema = z.enum(["reviewed", "proposed"]);
export type QuestionStatus = z.infer<typeof questionStatusSchema>;

/** A quote as a question shows it: where it is and the exact words. */
export const questionEvidenceSchema = z.strictObject({
  article: slugSchema,
  passage: passageKeySchema,
  quote: z.string().min(1),
});
export type QuestionEvidence = z.infer<typeof questionEvidenceSchema>;

/** Like the fact base's quantity, without the refinement, so it can be spread and merged. */
export const claimQuantitySchema = z.strictObject({
  min: z.number(),
  max: z.number(),
  qualifier: z.enum(["exact", "more-than", "up-to", "about", "estimated"]),
  unit: z.string().min(1),
});
export type ClaimQuantity = z.infer<typeof claimQuantitySchema>;

/**
 * What a question asserts, in the fact base's own terms. A choice question names
 * one field as its slot: each choice, put in that slot, must be true for the
 * answers and false for every distractor, judged against the whole fact base.
 */
export const claimSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("backs"), backer: entityIdSchema, backed: entityIdSchema }),
  z.strictObject({
    type: z.literal("meeting"),
    /** Everyone named must have taken part; others may have too. */
    participants: z.array(entityIdSchema),
    place: entityIdSchema.optional(),
    date: factDateSchema.optional(),
  }),
  z.strictObject({
    type: z.literal("office"),
    person: entityIdSchema,
    office: z.string().min(1),
    country: entityIdSchema.optional(),
  }),
  z.strictObject({ type: z.literal("figure"), measure: z.string().min(1), quantity: claimQuantitySchema }),
  z.strictObject({ type: z.literal("event"), what: z.string().min(1), date: factDateSchema }),
  z.strictObject({
    type: z.literal("deal"),
    agreement: entityIdSchema,
    requires: z.string().min(1),
    deadline: factDateSchema.optional(),
    party: entityIdSchema.optional(),
    quantity: claimQuantitySchema.optional(),
  }),
]);
export type Claim = z.infer<typeof claimSchema>;
export type ClaimType = Claim["type"];

export const SLOTS = [
  "backer",
  "backed",
  "participants",
  "place",
  "date",
  "person",
  "office",
  "quantity",
  "what",
  "requires",
  "deadline",
  "party",
] as const;
export const slotSchema = z.enum(SLOTS);
export type Slot = z.infer<typeof slotSchema>;

/** The claim a choice question tests, and which of its fields the choices fill. */
export const probeSchema = z.strictObject({ claim: claimSchema, slot: slotSchema });
export type Probe = z.infer<typeof probeSchema>;

/** A matching question pairs two fields of one claim: each left with the one right that makes it true. */
export const pairProbeSchema = z.strictObject({ claim: claimSchema, left: slotSchema, right: slotSchema });
export type PairProbe = z.infer<typeof pairProbeSchema>;

/** How a typed answer is compared: as an entity name, a number or range, a date, or plain words. */
export const answerTypeSchema = z.enum(["entity", "quantity", "date", "text"]);
export type AnswerType = z.infer<typeof answerTypeSchema>;

/**
 * What an item asks a learner to do: recall a fact, or understand the story (why
 * something happened, which source says what, how events connect, whose view it is).
 * Optional: generators set it; reports count the understanding items.
 */
export const QUESTION_AIMS = ["recall", "why", "source", "connect", "perspective"] as const;
export const questionAimSchema = z.enum(QUESTION_AIMS);
export type QuestionAim = z.infer<typeof questionAimSchema>;

const questionBase = {
  /** Derived from the fact ids and kind: stable when unrelated facts change. */
  id: z.string().min(1),
  topic: topicSchema,
  prompt: z.string().min(1),
  choices: z.array(z.string().min(1)),
  /** The correct choice texts; for typed kinds, the accepted answers. */
  answers: z.array(z.string().min(1)).min(1),
  factIds: z.array(factIdSchema).min(1),
  status: questionStatusSchema,
  /** A rough 0..1 estimate from kind and number of choices, not a measurement. */
  difficulty: z.number().min(0).max(1),
  articles: z.array(slugSchema),
  evidence: z.array(questionEvidenceSchema),
  explanation: z.string().min(1),
  aim: questionAimSchema.optional(),
};

export const singleChoiceQuestionSchema = z.strictObject({
  ...questionBase,
  kind: z.literal("single-choice"),
  probe: probeSchema.optional(),
});
export const multiSelectQuestionSchema = z.strictObject({
  ...questionBase,
  kind: z.literal("multi-select"),
  probe: probeSchema.optional(),
});
export const trueFalseQuestionSchema = z.strictObject({
  ...questionBase,
  kind: z.literal("true-false"),
  statement: z.string().min(1),
  claim: claimSchema.optional(),
});
export const clozeQuestionSchema = z.strictObject({
  ...questionBase,
  kind: z.literal("cloze"),
  /** The sentence with its blank written as BLANK. */
  text: z.string().min(1),
  answerType: answerTypeSchema,
  probe: probeSchema.optional(),
});
export const dateQuestionSchema = z.strictObject({
  ...questionBase,
  kind: z.literal("date"),
  date: factDateSchema,
  probe: probeSchema.optional(),
});
export const orderingQuestionSchema = z.strictObject({
  ...questionBase,
  kind: z.literal("ordering"),
  /** The dates of the answers, in the same (right) order. */
  dates: z.array(factDateSchema),
});
export const matchingQuestionSchema = z.strictObject({
  ...questionBase,
  kind: z.literal("matching"),
  left: z.array(z.string().min(1)).min(2),
  /** The options each left item is matched to; one may serve several lefts. */
  right: z.array(z.string().min(1)).min(2),
  probe: pairProbeSchema.optional(),
});
export const evidenceQuestionSchema = z.strictObject({
  ...questionBase,
  kind: z.literal("evidence"),
  /** The statement to prove; choices are sentences from the cited article. */
  statement: z.string().min(1),
});

export const questionSchema = z.discriminatedUnion("kind", [
  singleChoiceQuestionSchema,
  multiSelectQuestionSchema,
  trueFalseQuestionSchema,
  clozeQuestionSchema,
  dateQuestionSchema,
  orderingQuestionSchema,
  matchingQuestionSchema,
  evidenceQuestionSchema,
]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionOfKind<K extends QuestionKind> = Extract<Question, { kind: K }>;

/** The arrow matching answers are written with: "Russia → Assad's government". */
export const MATCH_ARROW = " → ";
/** How a cloze sentence shows its blank. */
export const CLOZE_BLANK = "_____";

// ---------- What a learner submits ----------

export const answerSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("single-choice"), choice: z.string() }),
  z.strictObject({ kind: z.literal("multi-select"), choices: z.array(z.string()) }),
  z.strictObject({ kind: z.literal("true-false"), value: z.boolean() }),
  z.strictObject({ kind: z.literal("cloze"), text: z.string() }),
  /** A date is picked from the choices or typed. */
  z.strictObject({ kind: z.literal("date"), text: z.string() }),
  z.strictObject({ kind: z.literal("ordering"), order: z.array(z.string()) }),
  z.strictObject({
    kind: z.literal("matching"),
    pairs: z.array(z.strictObject({ left: z.string(), right: z.string() })),
  }),
  z.strictObject({ kind: z.literal("evidence"), choice: z.string() }),
]);
export type Answer = z.infer<typeof answerSchema>;
export type AnswerOfKind<K extends QuestionKind> = Extract<Answer, { kind: K }>;

export const gradeResultSchema = z.strictObject({
  correct: z.boolean(),
  score: z.number().min(0).max(1),
  rightAnswer: z.array(z.string()),
  explanation: z.string(),
  evidence: z.array(questionEvidenceSchema),
});
export type GradeResult = z.infer<typeof gradeResultSchema>;

export const quizOptionsSchema = z.strictObject({
  topic: z.union([topicSchema, z.literal("mixed")]).default("mixed"),
  kinds: z.array(questionKindSchema).min(1).optional(),
  length: z.number().int().min(1),
  seed: z.number().int(),
  excludeIds: z.array(z.string()).default([]),
  onlyIds: z.array(z.string()).optional(),
  /** Proposed questions come from unreviewed facts; learners see reviewed ones unless asked. */
  statuses: z.array(questionStatusSchema).min(1).default(["reviewed"]),
});
export type QuizOptions = z.input<typeof quizOptionsSchema>;

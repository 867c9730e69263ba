// Well-formed values for the boundaries, shared by several domains' tests.
import fc from "fast-check";
import { QUESTION_KINDS } from "@/lib/questions";

/** A record id as Prisma (cuid), better-auth (uuid) or the bank (fact-based) make them. */
export const validId = fc.stringMatching(/^[A-Za-z0-9_:.-]{1,60}$/);

/** A slug or fact id: lowercase words joined by single hyphens. */
export const validSlug = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 5 })
  .map((words) => words.join("-"));

/** A calendar day that exists, YYYY-MM-DD. */
export const validIsoDay = fc
  .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Strings that stay short even as JSON (escaped control characters grow sixfold). */
export const shortText = fc.string({ maxLength: 30 });
export const nonBlankText = fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim().length > 0);

/** One answer of each kind, as the quiz page sends them. */
export const validAnswer = fc.oneof(
  fc.record({ kind: fc.constant("single-choice" as const), choice: shortText }),
  fc.record({ kind: fc.constant("multi-select" as const), choices: fc.array(shortText, { maxLength: 6 }) }),
  fc.record({ kind: fc.constant("true-false" as const), value: fc.boolean() }),
  fc.record({ kind: fc.constant("cloze" as const), text: shortText }),
  fc.record({ kind: fc.constant("date" as const), text: shortText }),
  fc.record({ kind: fc.constant("ordering" as const), order: fc.array(shortText, { maxLength: 6 }) }),
  fc.record({
    kind: fc.constant("matching" as const),
    pairs: fc.array(fc.record({ left: shortText, right: shortText }), { maxLength: 6 }),
  }),
  fc.record({ kind: fc.constant("evidence" as const), choice: shortText }),
);

/** The field each answer kind carries besides `kind`. */
export const ANSWER_FIELD = {
  "single-choice": "choice",
  "multi-select": "choices",
  "true-false": "value",
  cloze: "text",
  date: "text",
  ordering: "order",
  matching: "pairs",
  evidence: "choice",
} as const satisfies Record<(typeof QUESTION_KINDS)[number], string>;

export const questionKind = fc.constantFrom(...QUESTION_KINDS);

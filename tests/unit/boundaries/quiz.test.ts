// The quiz actions' boundary: starting a quiz, submitting an answer (also the JSON
// API's body), reporting a question, retrying missed ones and the review filters.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  attemptRefSchema,
  MAX_ANSWER_JSON,
  QUIZ_LENGTHS,
  reportQuestionSchema,
  retryMissedSchema,
  reviewFilterSchema,
  startQuizSchema,
  submitAnswerSchema,
} from "@/lib/quiz/schema";
import { QUESTION_KINDS } from "@/lib/questions";
import { TOPIC_GROUP_IDS } from "@/lib/questions/topic-groups";
import {
  checkAllAccepted,
  checkAllRefused,
  checkJunkIsHandled,
  checkObjectMutationsRefused,
  expectAnswers,
  expectRefused,
  hugeString,
  junk,
  withKey,
} from "./junk";
import { questionKind, validAnswer, validId } from "./valid";

const validStart = fc.record(
  {
    group: fc.constantFrom("mixed", ...TOPIC_GROUP_IDS),
    // Form fields arrive as strings; z.coerce reads them.
    length: fc.constantFrom(...QUIZ_LENGTHS).chain((n) => fc.constantFrom<number | string>(n, String(n))),
    kinds: fc.array(questionKind, { maxLength: 8 }),
  },
  { requiredKeys: [] },
);

const validSubmit = fc.record({
  attemptId: validId,
  questionId: validId,
  idempotencyKey: fc.uuid({ version: [1, 2, 3, 4, 5] }),
  answer: validAnswer,
});

describe("starting a quiz", () => {
  it("accepts every topic group, length and set of kinds, with defaults for what is left out", () => {
    checkAllAccepted(startQuizSchema, validStart, (out, input) => {
      expect(out.group).toBe(input.group ?? "mixed");
      expect(out.length).toBe(Number(input.length ?? 10));
      expect(out.kinds).toEqual(input.kinds ?? []);
    });
  });

  it("refuses other lengths, unknown groups or kinds, more than 8 kinds and extra fields", () => {
    const badLength = fc
      .oneof(fc.integer(), fc.double(), fc.string())
      .filter((n) => !(QUIZ_LENGTHS as readonly number[]).includes(Number(n)) && n !== "");
    checkAllRefused(
      startQuizSchema,
      fc.oneof(
        fc.tuple(validStart, badLength).map(([v, length]) => ({ ...v, length })),
        fc
          .tuple(
            validStart,
            fc.string().filter((g) => g !== "mixed" && !(TOPIC_GROUP_IDS as readonly string[]).includes(g)),
          )
          .map(([v, group]) => ({ ...v, group })),
        fc
          .tuple(validStart, fc.array(questionKind, { minLength: 9, maxLength: 30 }))
          .map(([v, kinds]) => ({ ...v, kinds })),
        fc
          .tuple(validStart, fc.string())
          .filter(([, k]) => !(QUESTION_KINDS as readonly string[]).includes(k))
          .map(([v, k]) => ({ ...v, kinds: [k] })),
      ),
    );
    checkObjectMutationsRefused(startQuizSchema, validStart, { required: [], typed: ["group", "kinds"], strict: true });
  });

  it("answers any junk with a ZodError and leaves it unchanged", () => {
    checkJunkIsHandled(startQuizSchema);
  });
});

describe("submitting an answer", () => {
  it("accepts a well-formed answer of every kind", () => {
    checkAllAccepted(submitAnswerSchema, validSubmit, (out, input) => expect(out.answer).toEqual(input.answer));
  });

  it("refuses a missing field, a wrong type or any extra field, at the top and inside the answer", () => {
    checkObjectMutationsRefused(submitAnswerSchema, validSubmit, {
      required: ["attemptId", "questionId", "idempotencyKey", "answer"],
      typed: ["attemptId", "questionId", "idempotencyKey", "answer"],
      strict: true,
    });
    checkObjectMutationsRefused(submitAnswerSchema.shape.answer, validAnswer, {
      required: ["kind"],
      typed: ["kind"],
      strict: true,
    });
  });

  it("refuses ids that are too long or hold other characters, and keys that are not UUIDs", () => {
    const badId = fc.oneof(
      fc.constantFrom("", "a b", "../etc", "x".repeat(201), "<script>", "a/b", "%00"),
      fc.string().filter((s) => !/^[A-Za-z0-9_:.-]{1,200}$/.test(s)),
    );
    checkAllRefused(
      submitAnswerSchema,
      fc.oneof(
        fc.tuple(validSubmit, badId).map(([v, attemptId]) => ({ ...v, attemptId })),
        fc.tuple(validSubmit, badId).map(([v, questionId]) => ({ ...v, questionId })),
        fc.tuple(validSubmit, fc.string({ maxLength: 40 })).map(([v, idempotencyKey]) => ({ ...v, idempotencyKey })),
      ),
    );
  });

  it(`refuses an answer longer than ${MAX_ANSWER_JSON} characters as JSON, naming the answer`, () => {
    const long = fc.oneof(
      hugeString.map((s) => ({ kind: "cloze", text: s })),
      fc
        .integer({ min: 500, max: 5000 })
        .map((n) => ({ kind: "ordering", order: Array.from({ length: n }, (_, i) => `item ${i}`) })),
    );
    fc.assert(
      fc.property(validSubmit, long, (v, answer) => {
        const error = expectRefused(submitAnswerSchema, { ...v, answer });
        expect(error.issues.map((i) => i.path[0])).toEqual(["answer"]);
      }),
      { numRuns: 30 },
    );
  });

  // Issue 7: a server action's arguments are decoded from React's reply format,
  // which carries BigInts and server functions; the length check called
  // JSON.stringify on them and threw a TypeError (a 500) instead of refusing.
  it.each([
    ["a BigInt", 10n],
    ["a function", () => "a server function"],
    ["a symbol", Symbol("answer")],
    ["a BigInt inside the answer", { kind: "cloze", text: 10n }],
  ])("refuses %s as the answer with a ZodError", (_label, answer) => {
    expectRefused(submitAnswerSchema, {
      attemptId: "a1",
      questionId: "q1",
      idempotencyKey: "123e4567-e89b-42d3-a456-426614174000",
      answer,
    });
  });

  it("refuses an answer that refers to itself", () => {
    const order: unknown[] = ["a"];
    order.push(order);
    const answer: Record<string, unknown> = { kind: "ordering", order };
    expectRefused(submitAnswerSchema, {
      attemptId: "a1",
      questionId: "q1",
      idempotencyKey: "123e4567-e89b-42d3-a456-426614174000",
      answer,
    });
  });

  it("answers any junk, as the whole input or as the answer, with a ZodError and leaves it unchanged", () => {
    checkJunkIsHandled(submitAnswerSchema);
    checkJunkIsHandled(
      submitAnswerSchema,
      fc.tuple(validSubmit, junk).map(([v, answer]) => withKey(v, "answer", answer)),
    );
  });
});

describe("the smaller quiz forms", () => {
  it("an attempt reference is one valid id", () => {
    checkAllAccepted(attemptRefSchema, fc.record({ attemptId: validId }));
    checkObjectMutationsRefused(attemptRefSchema, fc.record({ attemptId: validId }), {
      required: ["attemptId"],
      typed: ["attemptId"],
      strict: true,
    });
    checkJunkIsHandled(attemptRefSchema);
  });

  it("a report says briefly what is wrong: 3 to 1000 characters once trimmed", () => {
    const valid = fc.record({
      questionId: validId,
      message: fc.string({ minLength: 3, maxLength: 1000 }).filter((m) => m.trim().length >= 3),
    });
    checkAllAccepted(reportQuestionSchema, valid, (out, input) => expect(out.message).toBe(input.message.trim()));
    checkObjectMutationsRefused(reportQuestionSchema, valid, {
      required: ["questionId", "message"],
      typed: ["questionId", "message"],
      strict: true,
    });
    checkAllRefused(
      reportQuestionSchema,
      fc
        .tuple(valid, fc.oneof(hugeString, fc.constantFrom("", "  ", "ab", " a\n")))
        .map(([v, message]) => ({ ...v, message })),
      50,
    );
    checkJunkIsHandled(reportQuestionSchema);
  });

  it("retrying missed questions takes a topic group and an optional assignment", () => {
    const valid = fc.record(
      { group: fc.constantFrom("all", ...TOPIC_GROUP_IDS), assignmentId: fc.string({ maxLength: 64 }) },
      { requiredKeys: [] },
    );
    checkAllAccepted(retryMissedSchema, valid, (out, input) => expect(out.group).toBe(input.group ?? "all"));
    checkObjectMutationsRefused(retryMissedSchema, valid, {
      required: [],
      typed: ["group", "assignmentId"],
      strict: true,
    });
    checkAllRefused(
      retryMissedSchema,
      fc
        .tuple(valid, fc.string({ minLength: 65, maxLength: 500 }))
        .map(([v, assignmentId]) => ({ ...v, assignmentId })),
    );
    checkJunkIsHandled(retryMissedSchema);
  });

  it("the review filters never fail: anything odd means no filter", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          junk,
          fc.record(
            { group: fc.oneof(fc.string(), junk), assignment: fc.oneof(fc.string(), junk) },
            { requiredKeys: [] },
          ),
        ),
        (input) => {
          const result = expectAnswers(reviewFilterSchema, input);
          expect(result.success).toBe(true);
          if (!result.success) return;
          const out = result.data as { group: string; assignment?: string };
          expect(["all", ...TOPIC_GROUP_IDS]).toContain(out.group);
          if (out.assignment !== undefined) expect(out.assignment.length).toBeLessThanOrEqual(64);
        },
      ),
    );
  });
});

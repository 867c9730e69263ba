// The question bank's boundary: what a learner submits as an answer, questions as
// stored and read back, quiz options, and the bank's JSON export read by other tools.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  answerSchema,
  bankExportSchema,
  formatBankJson,
  generateBank,
  gradeAnswer,
  QUESTION_KINDS,
  questionSchema,
  quizOptionsSchema,
  type Question,
} from "@/lib/questions";
import { fixtureCorpus } from "../../fixtures/questions-corpus";
import {
  checkAllAccepted,
  checkAllRefused,
  checkJunkIsHandled,
  checkObjectMutationsRefused,
  expectAnswers,
  junk,
  withKey,
  withoutKey,
} from "./junk";
import { ANSWER_FIELD, questionKind, validAnswer } from "./valid";

const corpus = fixtureCorpus();
const bank = generateBank(corpus);
const storedQuestion = fc.constantFrom(...bank).map((q) => JSON.parse(JSON.stringify(q)) as Record<string, unknown>);

describe("a learner's answer", () => {
  it("accepts one well-formed answer of every kind", () => {
    checkAllAccepted(answerSchema, validAnswer, (out, input) => expect(out).toEqual(input));
  });

  it("refuses an answer without its field, with the field of another kind, or with extra fields", () => {
    checkAllRefused(
      answerSchema,
      fc.oneof(
        validAnswer.map((a) => withoutKey(a, ANSWER_FIELD[a.kind])),
        fc
          .tuple(validAnswer, questionKind)
          .filter(([a, k]) => ANSWER_FIELD[a.kind] !== ANSWER_FIELD[k])
          .map(([a, kind]) => ({ ...a, kind })),
        fc
          .tuple(validAnswer, fc.constantFrom("__proto__", "constructor", "correct", "score"))
          .map(([a, key]) => withKey(a, key, true)),
        fc
          .tuple(
            validAnswer,
            fc.string().filter((k) => !(QUESTION_KINDS as readonly string[]).includes(k)),
          )
          .map(([a, kind]) => ({ ...a, kind })),
      ),
    );
    checkObjectMutationsRefused(answerSchema, validAnswer as fc.Arbitrary<Record<string, unknown>>, {
      required: ["kind"],
      typed: ["kind"],
      strict: true,
    });
  });

  it("refuses wrong types inside lists and pairs", () => {
    checkAllRefused(
      answerSchema,
      fc.oneof(
        junk.filter((j) => typeof j !== "string").map((j) => ({ kind: "ordering", order: ["a", j] })),
        junk.filter((j) => typeof j !== "string").map((j) => ({ kind: "matching", pairs: [{ left: "a", right: j }] })),
        junk.filter((j) => typeof j !== "boolean").map((j) => ({ kind: "true-false", value: j })),
      ),
    );
  });

  it("answers any junk with a ZodError and leaves it unchanged", () => {
    checkJunkIsHandled(answerSchema);
  });

  it("grading any accepted answer against any question of its kind gives a score in [0, 1]", () => {
    fc.assert(
      fc.property(fc.constantFrom(...bank), validAnswer, (question: Question, answer) => {
        fc.pre(answer.kind === question.kind);
        const grade = gradeAnswer(question, answerSchema.parse(answer));
        expect(grade.score).toBeGreaterThanOrEqual(0);
        expect(grade.score).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});

describe("questions as stored", () => {
  it("every generated question reads back from its stored JSON", () => {
    checkAllAccepted(questionSchema, storedQuestion, (out, input) => expect(out.id).toBe(input.id));
  });

  it("a stored question with a field missing, mistyped or unknown is refused", () => {
    checkObjectMutationsRefused(questionSchema, storedQuestion, {
      required: [
        "id",
        "kind",
        "topic",
        "prompt",
        "choices",
        "answers",
        "factIds",
        "status",
        "difficulty",
        "articles",
        "evidence",
        "explanation",
      ],
      typed: [
        "id",
        "kind",
        "topic",
        "prompt",
        "choices",
        "answers",
        "factIds",
        "status",
        "difficulty",
        "articles",
        "evidence",
        "explanation",
      ],
      strict: true,
    });
    checkAllRefused(
      questionSchema,
      fc.oneof(
        fc
          .tuple(
            storedQuestion,
            fc.oneof(
              fc.double({ min: 1.0001, max: 1e9, noNaN: true }),
              fc.double({ min: -1e9, max: -0.0001, noNaN: true }),
            ),
          )
          .map(([q, difficulty]) => ({ ...q, difficulty })),
        storedQuestion.map((q) => ({ ...q, answers: [] })),
        storedQuestion.map((q) => ({ ...q, factIds: [] })),
      ),
    );
  });

  it("answers any junk with a ZodError", () => {
    checkJunkIsHandled(questionSchema);
  });
});

describe("quiz options", () => {
  const valid = fc.record(
    {
      topic: fc.constantFrom("mixed", "backing", "summit", "sochi-deal", "figure", "people", "event"),
      kinds: fc.array(questionKind, { minLength: 1, maxLength: 8 }),
      length: fc.integer({ min: 1, max: 50 }),
      seed: fc.integer(),
      excludeIds: fc.array(fc.string({ maxLength: 20 }), { maxLength: 4 }),
      statuses: fc.array(fc.constantFrom("reviewed", "proposed"), { minLength: 1, maxLength: 2 }),
    },
    { requiredKeys: ["length", "seed"] },
  );

  it("accepts well-formed options and defaults to reviewed questions on any topic", () => {
    checkAllAccepted(quizOptionsSchema, valid, (out, input) => {
      expect(out.topic).toBe(input.topic ?? "mixed");
      expect(out.statuses).toEqual(input.statuses ?? ["reviewed"]);
    });
  });

  it("refuses a length below 1, a fractional seed, no kinds or no statuses, and extra fields", () => {
    checkObjectMutationsRefused(quizOptionsSchema, valid, {
      required: ["length", "seed"],
      typed: ["topic", "kinds", "length", "seed", "excludeIds", "statuses"],
      strict: true,
    });
    checkAllRefused(
      quizOptionsSchema,
      fc.oneof(
        fc.tuple(valid, fc.integer({ max: 0 })).map(([v, length]) => ({ ...v, length })),
        fc
          .tuple(valid, fc.double({ noInteger: true, noNaN: true, noDefaultInfinity: true }))
          .map(([v, seed]) => ({ ...v, seed })),
        valid.map((v) => ({ ...v, kinds: [] })),
        valid.map((v) => ({ ...v, statuses: [] })),
      ),
    );
    checkJunkIsHandled(quizOptionsSchema);
  });
});

describe("the bank's JSON export", () => {
  it("is read back by its own schema, and a damaged copy is refused", () => {
    const exported = JSON.parse(formatBankJson(bank, corpus)) as Record<string, unknown>;
    expectAnswers(bankExportSchema, exported);
    expect(bankExportSchema.safeParse(exported).success).toBe(true);
    checkObjectMutationsRefused(
      bankExportSchema,
      fc.constant(exported),
      {
        required: ["version", "articles", "facts", "questions"],
        typed: ["version", "articles", "facts", "questions"],
        strict: true,
      },
      50,
    );
    checkJunkIsHandled(bankExportSchema);
  });
});

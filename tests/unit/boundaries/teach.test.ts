// The teaching pages' boundary: question sets and their options, classes and join
// codes, assignments, reports, the bank browser's filters, pasted articles and fact edits.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applyFactEdit,
  createAssignmentSchema,
  createClassSchema,
  createSetSchema,
  DEFAULT_SET_OPTIONS,
  factRefSchema,
  FEEDBACK_TIMINGS,
  hideQuestionSchema,
  importArticleSchema,
  joinClassSchema,
  MAX_ATTEMPTS,
  MAX_TIME_LIMIT_MINUTES,
  moveSetQuestionSchema,
  parseBankFilter,
  parseSetOptions,
  removeLearnerSchema,
  reportRefSchema,
  setOptionsSchema,
  setQuestionSchema,
  startAssignmentSchema,
  updateSetSchema,
} from "@/lib/teach";
import {
  checkAllAccepted,
  checkAllRefused,
  checkJunkIsHandled,
  checkObjectMutationsRefused,
  describeValue,
  expectPrototypeIntact,
  expectRefused,
  hugeString,
  junk,
  pollutedObject,
  withKey,
} from "./junk";
import { validId, validIsoDay, validSlug } from "./valid";
import { tehranArticle, tehranEditContext, tehranFact } from "../../fixtures/tehran-fact";

/** A form as formObject makes it: string values only, any keys. */
const formJunk = fc.oneof(
  fc.dictionary(fc.string({ maxLength: 12 }), fc.oneof(fc.string(), hugeString)),
  fc.dictionary(
    fc.constantFrom("__proto__", "constructor", "prototype", "setId", "title", "classId", "code"),
    fc.string(),
  ),
);

const title = fc.string({ minLength: 1, maxLength: 120 }).filter((s) => s.trim().length > 0);

describe("question set options (stored JSON)", () => {
  const validOptions = fc.record(
    {
      shuffle: fc.boolean(),
      feedback: fc.constantFrom(...FEEDBACK_TIMINGS),
      attemptsAllowed: fc.integer({ min: 1, max: MAX_ATTEMPTS }),
      timeLimitMinutes: fc.option(fc.integer({ min: 1, max: MAX_TIME_LIMIT_MINUTES }), { nil: null }),
    },
    { requiredKeys: [] },
  );

  it("accepts any subset of options, filling in the defaults", () => {
    checkAllAccepted(setOptionsSchema, validOptions, (out, input) =>
      expect(out).toEqual({ ...DEFAULT_SET_OPTIONS, ...input }),
    );
  });

  it("refuses out-of-range numbers, wrong types and unknown options", () => {
    checkObjectMutationsRefused(setOptionsSchema, validOptions, {
      required: [],
      typed: ["shuffle", "feedback", "attemptsAllowed"],
      strict: true,
    });
    checkAllRefused(
      setOptionsSchema,
      fc.oneof(
        fc
          .integer()
          .filter((n) => n < 1 || n > MAX_ATTEMPTS)
          .map((attemptsAllowed) => ({ attemptsAllowed })),
        fc
          .double({ min: 1.01, max: 9.99, noNaN: true })
          .filter((n) => !Number.isInteger(n))
          .map((attemptsAllowed) => ({ attemptsAllowed })),
        fc
          .integer()
          .filter((n) => n < 1 || n > MAX_TIME_LIMIT_MINUTES)
          .map((timeLimitMinutes) => ({ timeLimitMinutes })),
      ),
    );
    checkJunkIsHandled(setOptionsSchema);
  });

  it("reads damaged stored options as the defaults instead of failing", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          pollutedObject.map((o) => JSON.stringify(o)),
        ),
        (text) => {
          const options = parseSetOptions(text);
          expect(setOptionsSchema.safeParse(options).success).toBe(true);
          expectPrototypeIntact();
        },
      ),
    );
  });
});

describe("question set forms", () => {
  it("a new set needs a title of 1 to 120 characters", () => {
    checkAllAccepted(createSetSchema, fc.record({ title }), (out, input) => expect(out.title).toBe(input.title.trim()));
    checkObjectMutationsRefused(createSetSchema, fc.record({ title }), {
      required: ["title"],
      typed: ["title"],
      strict: true,
    });
    checkAllRefused(
      createSetSchema,
      fc.oneof(hugeString, fc.constantFrom("", " ", "\n\t")).map((t) => ({ title: t })),
      30,
    );
    checkJunkIsHandled(createSetSchema);
    checkJunkIsHandled(createSetSchema, formJunk);
  });

  const validUpdate = fc.record(
    {
      setId: validId,
      title,
      shuffle: fc.constant("on"),
      feedback: fc.constantFrom(...FEEDBACK_TIMINGS),
      attemptsAllowed: fc.integer({ min: 1, max: MAX_ATTEMPTS }).map(String),
      timeLimitMinutes: fc.oneof(fc.constant(""), fc.integer({ min: 1, max: MAX_TIME_LIMIT_MINUTES }).map(String)),
    },
    { requiredKeys: ["setId", "title", "feedback", "attemptsAllowed"] },
  );

  it("saving a set's options reads the form's strings into options", () => {
    checkAllAccepted(updateSetSchema, validUpdate, (out, input) => {
      expect(out.shuffle).toBe(input.shuffle === "on");
      expect(out.attemptsAllowed).toBe(Number(input.attemptsAllowed));
      expect(out.timeLimitMinutes).toBe(input.timeLimitMinutes ? Number(input.timeLimitMinutes) : null);
      // What the form makes is a valid stored value.
      expect(
        setOptionsSchema.safeParse({
          shuffle: out.shuffle,
          feedback: out.feedback,
          attemptsAllowed: out.attemptsAllowed,
          timeLimitMinutes: out.timeLimitMinutes,
        }).success,
      ).toBe(true);
    });
  });

  it("refuses tampered set forms: missing or extra fields, out-of-range numbers, odd checkbox values", () => {
    checkObjectMutationsRefused(updateSetSchema, validUpdate, {
      required: ["setId", "title", "feedback", "attemptsAllowed"],
      typed: ["setId", "title", "feedback", "shuffle"],
      strict: true,
    });
    checkAllRefused(
      updateSetSchema,
      fc.oneof(
        fc
          .tuple(
            validUpdate,
            fc.oneof(
              fc
                .integer()
                .filter((n) => n < 1 || n > MAX_ATTEMPTS)
                .map(String),
              fc.constantFrom("abc", "1.5", "1e9", "Infinity", "NaN"),
            ),
          )
          .map(([v, a]) => ({ ...v, attemptsAllowed: a })),
        fc
          .tuple(
            validUpdate,
            fc.oneof(
              fc
                .integer()
                .filter((n) => n < 1 || n > MAX_TIME_LIMIT_MINUTES)
                .map(String),
              fc.constantFrom("abc", "0", "2.5"),
            ),
          )
          .map(([v, t]) => ({ ...v, timeLimitMinutes: t })),
        fc
          .tuple(
            validUpdate,
            fc.string().filter((s) => s !== "on"),
          )
          .map(([v, shuffle]) => ({ ...v, shuffle })),
        fc
          .tuple(
            validUpdate,
            fc.string().filter((s) => !(FEEDBACK_TIMINGS as readonly string[]).includes(s)),
          )
          .map(([v, feedback]) => ({ ...v, feedback })),
      ),
    );
    checkJunkIsHandled(updateSetSchema);
    checkJunkIsHandled(updateSetSchema, formJunk);
  });

  it("adding, removing and moving a set's questions take two ids (and a direction)", () => {
    const pair = fc.record({ setId: validId, questionId: validId });
    checkAllAccepted(setQuestionSchema, pair);
    checkObjectMutationsRefused(setQuestionSchema, pair, {
      required: ["setId", "questionId"],
      typed: ["setId", "questionId"],
      strict: true,
    });
    const move = fc.record({ setId: validId, questionId: validId, direction: fc.constantFrom("up", "down") });
    checkAllAccepted(moveSetQuestionSchema, move);
    checkObjectMutationsRefused(moveSetQuestionSchema, move, {
      required: ["setId", "questionId", "direction"],
      typed: ["setId", "questionId", "direction"],
      strict: true,
    });
    checkAllRefused(
      moveSetQuestionSchema,
      fc
        .tuple(
          move,
          fc.string().filter((d) => d !== "up" && d !== "down"),
        )
        .map(([m, direction]) => ({ ...m, direction })),
    );
    checkJunkIsHandled(moveSetQuestionSchema, formJunk);
  });
});

describe("class forms", () => {
  const name = fc.string({ minLength: 1, maxLength: 80 }).filter((s) => s.trim().length > 0);

  it("a class needs a name of 1 to 80 characters", () => {
    checkAllAccepted(createClassSchema, fc.record({ name }));
    checkObjectMutationsRefused(createClassSchema, fc.record({ name }), {
      required: ["name"],
      typed: ["name"],
      strict: true,
    });
    checkAllRefused(
      createClassSchema,
      fc
        .oneof(
          hugeString,
          fc.string({ minLength: 81, maxLength: 300 }).filter((s) => s.trim().length > 80),
          fc.constantFrom("", "   "),
        )
        .map((n) => ({ name: n })),
      50,
    );
    checkJunkIsHandled(createClassSchema, formJunk);
  });

  it("removing a learner takes a class id and a learner id", () => {
    const valid = fc.record({ classId: validId, learnerId: validId });
    checkAllAccepted(removeLearnerSchema, valid);
    checkObjectMutationsRefused(removeLearnerSchema, valid, {
      required: ["classId", "learnerId"],
      typed: ["classId", "learnerId"],
      strict: true,
    });
    checkJunkIsHandled(removeLearnerSchema);
  });

  it("a join code is read whatever its case and spacing", () => {
    const code = fc.stringMatching(/^[A-Z0-9]{4,12}$/);
    const typed = fc
      .tuple(code, fc.boolean(), fc.array(fc.constantFrom(" ", "\t", "  "), { maxLength: 4 }))
      .map(([c, lower, spaces]) => {
        const cased = lower ? c.toLowerCase() : c;
        return {
          code: `${spaces.join("")}${cased.slice(0, 2)}${spaces.join("")}${cased.slice(2)}${spaces.join("")}`,
          expected: c,
        };
      });
    fc.assert(
      fc.property(typed, ({ code: input, expected }) => {
        const parsed = joinClassSchema.safeParse({ code: input });
        expect(parsed.success && parsed.data.code).toBe(expected);
      }),
    );
    checkAllRefused(
      joinClassSchema,
      fc
        .oneof(
          fc.stringMatching(/^[A-Z0-9]{0,3}$/),
          fc.stringMatching(/^[A-Z0-9]{13,40}$/),
          fc.constantFrom("ABCD!", "ÄBCD", "AB-CD", "'; DROP"),
        )
        .map((c) => ({ code: c })),
    );
    checkObjectMutationsRefused(joinClassSchema, fc.record({ code }), {
      required: ["code"],
      typed: ["code"],
      strict: true,
    });
    checkJunkIsHandled(joinClassSchema);
  });
});

describe("assignment forms", () => {
  const minute = fc
    .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
    .map((d) => new Date(Math.floor(d.getTime() / 60_000) * 60_000));
  const local = (d: Date) => d.toISOString().slice(0, 16);
  const validAssignment = fc
    .tuple(validId, validId, minute, fc.integer({ min: 1, max: 60 * 24 * 365 }))
    .map(([setId, classId, opens, minutes]) => ({
      setId,
      classId,
      opensAt: local(opens),
      dueAt: local(new Date(opens.getTime() + minutes * 60_000)),
    }));

  it("reads the opening and due times as UTC", () => {
    checkAllAccepted(createAssignmentSchema, validAssignment, (out, input) => {
      expect(out.opensAt.toISOString().slice(0, 16)).toBe(input.opensAt);
      expect(out.dueAt.toISOString().slice(0, 16)).toBe(input.dueAt);
    });
  });

  it("refuses a due time that is not after the opening time, naming dueAt", () => {
    fc.assert(
      fc.property(validAssignment, ({ setId, classId, opensAt, dueAt }) => {
        const error = expectRefused(createAssignmentSchema, { setId, classId, opensAt: dueAt, dueAt: opensAt });
        expect(error.issues.map((i) => i.path.join("."))).toContain("dueAt");
      }),
    );
  });

  // Issue 7: Date rolls "2018-02-30" over into March; a day that does not exist is refused.
  it.each([
    "2018-02-30T10:00",
    "2019-02-29T10:00",
    "2018-04-31T09:00",
    "2018-01-01T24:00",
    "2018-13-01T10:00",
    "2018-01-01T23:60",
  ])("refuses %s, which is not a real time", (when) => {
    const error = expectRefused(createAssignmentSchema, {
      setId: "s1",
      classId: "c1",
      opensAt: "2018-01-01T09:00",
      dueAt: when,
    });
    expect(error.issues.map((i) => i.path.join("."))).toContain("dueAt");
  });

  it("refuses missing, extra or mistyped fields and any junk in the dates", () => {
    checkObjectMutationsRefused(createAssignmentSchema, validAssignment, {
      required: ["setId", "classId", "opensAt", "dueAt"],
      typed: ["setId", "classId", "opensAt", "dueAt"],
      strict: true,
    });
    checkAllRefused(
      createAssignmentSchema,
      fc
        .tuple(validAssignment, fc.string())
        .filter(([, s]) => !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s))
        .map(([v, s]) => ({ ...v, opensAt: s })),
    );
    checkJunkIsHandled(createAssignmentSchema);
    checkJunkIsHandled(
      createAssignmentSchema,
      fc.tuple(validAssignment, junk).map(([v, j]) => withKey(v, "dueAt", j)),
    );
  });

  it("starting an assignment, and a report's buttons, take valid ids", () => {
    for (const [schema, key] of [
      [startAssignmentSchema, "assignmentId"],
      [reportRefSchema, "reportId"],
    ] as const) {
      const valid = validId.map((id) => ({ [key]: id }));
      checkAllAccepted(schema, valid);
      checkObjectMutationsRefused(schema, valid, { required: [key], typed: [key], strict: true });
      checkJunkIsHandled(schema);
    }
    const hide = fc.record({ questionId: validId, reportId: validId }, { requiredKeys: ["questionId"] });
    checkAllAccepted(hideQuestionSchema, hide);
    checkObjectMutationsRefused(hideQuestionSchema, hide, {
      required: ["questionId"],
      typed: ["questionId", "reportId"],
      strict: true,
    });
    checkJunkIsHandled(hideQuestionSchema);
  });
});

describe("the bank browser's filters", () => {
  it("never fail: any search params give a valid filter, and the first of repeated values counts", () => {
    const params = fc.dictionary(
      fc.oneof(
        fc.constantFrom("topic", "kind", "article", "status", "difficulty", "q", "page", "__proto__", "constructor"),
        fc.string({ maxLength: 10 }),
      ),
      fc.oneof(fc.string(), hugeString, fc.array(fc.string(), { maxLength: 3 }), fc.constant(undefined)),
    );
    fc.assert(
      fc.property(params, (p) => {
        const filter = parseBankFilter(p);
        expect(filter.page).toBeGreaterThanOrEqual(1);
        expect(filter.page).toBeLessThanOrEqual(1000);
        if (filter.q !== undefined) expect(filter.q.length).toBeLessThanOrEqual(100);
        expect(
          Object.keys(filter).every((k) =>
            ["topic", "kind", "article", "status", "difficulty", "q", "page"].includes(k),
          ),
        ).toBe(true);
        expectPrototypeIntact();
      }),
    );
  });
});

describe("pasting an article", () => {
  const asSeen = (s: string) => s.replace(/\r\n?/g, "\n").trim();
  const text = fc.string({ minLength: 80, maxLength: 2000 }).filter((s) => asSeen(s).length >= 80);
  const validImport = fc.record({
    title: fc.string({ minLength: 1, maxLength: 300 }).filter((s) => s.trim().length > 0),
    outlet: fc.string({ minLength: 1, maxLength: 120 }).filter((s) => s.trim().length > 0),
    publishedOn: validIsoDay,
    text,
  });

  it("accepts a headline, outlet, real day and at least a paragraph of text", () => {
    checkAllAccepted(importArticleSchema, validImport, (out, input) => expect(out.text).toBe(asSeen(input.text)));
  });

  it("counts a line break as one character, though a browser sends it as CRLF", () => {
    const paragraph = "Talks resumed in Geneva on Monday.";
    let body = paragraph;
    while (body.length + 2 + paragraph.length <= 100_000) body += `\n\n${paragraph}`;
    const sent = body.replace(/\n/g, "\r\n");
    expect(sent.length).toBeGreaterThan(100_000);
    const parsed = importArticleSchema.parse({ title: "Talks", outlet: "Wire", publishedOn: "2020-03-09", text: sent });
    expect(parsed.text).toBe(body);
  });

  it("refuses days that do not exist, text over 100,000 characters, and missing or extra fields", () => {
    checkAllRefused(
      importArticleSchema,
      fc.oneof(
        fc
          .tuple(
            validImport,
            fc.constantFrom("2018-02-30", "2019-02-29", "2018-13-01", "18-09-07", "2018-9-7", "yesterday", ""),
          )
          .map(([v, publishedOn]) => ({ ...v, publishedOn })),
        fc
          .tuple(validImport, fc.integer({ min: 100_001, max: 300_000 }))
          .map(([v, n]) => ({ ...v, text: "a".repeat(n) })),
        fc.tuple(validImport, fc.string({ maxLength: 79 })).map(([v, t]) => ({ ...v, text: t })),
      ),
      60,
    );
    checkObjectMutationsRefused(
      importArticleSchema,
      validImport,
      {
        required: ["title", "outlet", "publishedOn", "text"],
        typed: ["title", "outlet", "publishedOn", "text"],
        strict: true,
      },
      100,
    );
    checkJunkIsHandled(importArticleSchema);
  });
});

describe("editing a fact", () => {
  const article = tehranArticle;
  const fact = tehranFact;
  const context = tehranEditContext;

  it("the fact reference takes a slug and a fact id", () => {
    const valid = fc.record({ slug: validSlug, factId: validId });
    checkAllAccepted(factRefSchema, valid);
    checkObjectMutationsRefused(factRefSchema, valid, {
      required: ["slug", "factId"],
      typed: ["slug", "factId"],
      strict: true,
    });
    checkJunkIsHandled(factRefSchema);
  });

  it("any form gives a valid fact or field errors, never an exception, and never changes the fact's id, kind or evidence place", () => {
    const form = fc.dictionary(
      fc.constantFrom(
        "statement",
        "backer",
        "backed",
        "phrasing",
        "quote.0",
        "quote.1",
        "kind",
        "id",
        "status",
        "__proto__",
        "constructor",
      ),
      fc.oneof(
        fc.string(),
        hugeString,
        fc.constantFrom("iran", "russia", "turkey", "bashar-al-assad", "Iran and Russia", ""),
      ),
    );
    fc.assert(
      fc.property(form, (values) => {
        let result: ReturnType<typeof applyFactEdit>;
        try {
          result = applyFactEdit(fact, values, context);
        } catch (error) {
          expect.fail(`applyFactEdit threw ${String(error)} for ${describeValue(values)}`);
        }
        expectPrototypeIntact();
        if (!result.ok) {
          expect(Object.keys(result.fieldErrors).length).toBeGreaterThan(0);
          return;
        }
        expect(result.fact).toMatchObject({ id: fact.id, kind: fact.kind, status: fact.status });
        expect(result.fact.evidence.map((e) => [e.article, e.passage])).toEqual([["tehran", "p1"]]);
        for (const e of result.fact.evidence) expect(article.passages[0]?.text).toContain(e.quote);
      }),
    );
  });
});

// What the teaching pages and actions accept: question set options, classes,
// assignments, the bank browser's filters and pasted articles, each parsed once at the edge.
import { displayTextSchema } from "../domain/display-text";
import { timeZoneSchema, wallTimeToInstant } from "../domain/time-zone";
import { z } from "zod";
import { jsonColumn } from "../domain/json-column";
import { isoDaySchema } from "../content/schema";
import { questionKindSchema, questionStatusSchema, topicSchema } from "../questions/schema";
import { slugSchema } from "../content/schema";

/** Ids made by Prisma (cuid) or by better-auth (uuid), and question ids made from fact ids. */
export const recordIdSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9_:.-]+$/, "not a valid id");

// ---------- Question sets ----------

export const FEEDBACK_TIMINGS = ["immediate", "after-due"] as const;
export const feedbackTimingSchema = z.enum(FEEDBACK_TIMINGS);
export type FeedbackTiming = z.infer<typeof feedbackTimingSchema>;

export const MAX_ATTEMPTS = 10;
export const MAX_TIME_LIMIT_MINUTES = 300;

/** QuestionSet.options as stored (JSON). Missing fields take the defaults. */
export const setOptionsSchema = z.strictObject({
  shuffle: z.boolean().default(false),
  /** immediate: right answer and evidence after each question; after-due: only once the due date has passed. */
  feedback: feedbackTimingSchema.default("immediate"),
  attemptsAllowed: z.number().int().min(1).max(MAX_ATTEMPTS).default(1),
  timeLimitMinutes: z.number().int().min(1).max(MAX_TIME_LIMIT_MINUTES).nullable().default(null),
});
export type SetOptions = z.infer<typeof setOptionsSchema>;

export const DEFAULT_SET_OPTIONS: SetOptions = setOptionsSchema.parse({});

/** QuestionSet.options: they only tune a quiz, so a damaged value falls back to the defaults rather than breaking a page. */
export const setOptionsColumn = jsonColumn("QuestionSet.options", setOptionsSchema, { fallback: DEFAULT_SET_OPTIONS });

/** Stored options back into SetOptions (the column's codec). */
export function parseSetOptions(json: string): SetOptions {
  return setOptionsColumn.decode(json);
}

const titleSchema = displayTextSchema({
  empty: "Give the set a title",
  max: 120,
  tooLong: "Keep the title under 120 characters",
});

export const createSetSchema = z.strictObject({ title: titleSchema });

export const updateSetSchema = z.strictObject({
  setId: recordIdSchema,
  title: titleSchema,
  shuffle: z
    .enum(["on"])
    .optional()
    .transform((v) => v === "on"),
  feedback: feedbackTimingSchema,
  attemptsAllowed: z.coerce
    .number("Enter a number")
    .int("Enter a whole number")
    .min(1, "Allow at least one attempt")
    .max(MAX_ATTEMPTS, `Allow at most ${MAX_ATTEMPTS} attempts`),
  timeLimitMinutes: z
    .union([
      z.literal(""),
      z.coerce
        .number("Enter a number of minutes")
        .int("Enter whole minutes")
        .min(1, "Leave empty for no limit, or at least 1 minute")
        .max(MAX_TIME_LIMIT_MINUTES, `At most ${MAX_TIME_LIMIT_MINUTES} minutes`),
    ])
    .default("")
    .transform((v) => (v === "" ? null : v)),
});

export const setQuestionSchema = z.strictObject({ setId: recordIdSchema, questionId: recordIdSchema });
export const moveSetQuestionSchema = setQuestionSchema.extend({ direction: z.enum(["up", "down"]) });

// ---------- Classes ----------

export const createClassSchema = z.strictObject({
  name: displayTextSchema({ empty: "Name the class", max: 80, tooLong: "Keep the name under 80 characters" }),
});

export const removeLearnerSchema = z.strictObject({ classId: recordIdSchema, learnerId: recordIdSchema });

/** What a learner types: case and spaces do not matter. */
export const joinCodeInputSchema = z
  .string()
  .transform((s) => s.replace(/\s+/g, "").toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9]{4,12}$/, "A join code is 4 to 12 letters and digits"));

export const joinClassSchema = z.strictObject({ code: joinCodeInputSchema });

// ---------- Assignments ----------

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** A datetime-local value (YYYY-MM-DDTHH:mm): a wall-clock time, in the zone the form says (UTC without one). */
const wallTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, "Enter a date and time")
  .refine((s) => {
    // Date rolls 2018-02-30 over into March and 24:00 into the next day: only a time that reads back as itself is real.
    const d = new Date(`${s.length === 16 ? `${s}:00` : s}Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, "Not a real date");

function toInstant(wall: string, zone: string, path: string, ctx: z.RefinementCtx): Date | undefined {
  const wallAsUtc = Date.parse(`${wall.length === 16 ? `${wall}:00` : wall}Z`);
  const year = new Date(wallAsUtc).getUTCFullYear();
  // Years like 0000 or 9999 are typing slips, and sort and display badly.
  if (year < MIN_YEAR || year > MAX_YEAR) {
    ctx.addIssue({ code: "custom", message: `Choose a date between ${MIN_YEAR} and ${MAX_YEAR}`, path: [path] });
    return undefined;
  }
  return wallTimeToInstant(wallAsUtc, zone);
}

/**
 * Opening and due times as the teacher typed them, in the teacher's own time zone
 * (the browser sends it; a form posted without script has none and means UTC).
 */
export const createAssignmentSchema = z
  .strictObject({
    setId: recordIdSchema,
    classId: recordIdSchema,
    opensAt: wallTimeSchema,
    dueAt: wallTimeSchema,
    timeZone: timeZoneSchema.optional(),
  })
  .transform((a, ctx) => {
    const zone = a.timeZone ?? "UTC";
    const opensAt = toInstant(a.opensAt, zone, "opensAt", ctx);
    const dueAt = toInstant(a.dueAt, zone, "dueAt", ctx);
    if (opensAt === undefined || dueAt === undefined) return z.NEVER;
    if (dueAt.getTime() <= opensAt.getTime()) {
      ctx.addIssue({ code: "custom", message: "The due date must be after the opening date", path: ["dueAt"] });
      return z.NEVER;
    }
    return { setId: a.setId, classId: a.classId, opensAt, dueAt };
  });

export const startAssignmentSchema = z.strictObject({ assignmentId: recordIdSchema });

// ---------- Reports ----------

export const reportRefSchema = z.strictObject({ reportId: recordIdSchema });
export const hideQuestionSchema = z.strictObject({ questionId: recordIdSchema, reportId: recordIdSchema.optional() });
export const unhideQuestionSchema = z.strictObject({ questionId: recordIdSchema });

// ---------- The library ----------

/** A maintainer promotes a teacher's article into the shared library. */
export const promoteArticleSchema = z.strictObject({ slug: slugSchema });

// ---------- The bank browser ----------

export const DIFFICULTY_BANDS = ["easy", "medium", "hard"] as const;
export const difficultyBandSchema = z.enum(DIFFICULTY_BANDS);
export type DifficultyBand = z.infer<typeof difficultyBandSchema>;

/** Search params of the set page's bank browser; anything odd is dropped, never an error page. */
export const bankFilterSchema = z.object({
  topic: topicSchema.optional().catch(undefined),
  kind: questionKindSchema.optional().catch(undefined),
  article: slugSchema.optional().catch(undefined),
  status: questionStatusSchema.optional().catch(undefined),
  difficulty: difficultyBandSchema.optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).default(1).catch(1),
});
export type BankFilter = z.infer<typeof bankFilterSchema>;

/** Search params arrive as string | string[]; the first value counts, empty means "any". */
export function parseBankFilter(params: Record<string, string | string[] | undefined>): BankFilter {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first !== "") flat[key] = first;
  }
  return bankFilterSchema.parse(flat);
}

// ---------- Teacher articles ----------

export const importArticleSchema = z.strictObject({
  title: displayTextSchema({
    empty: "Enter the headline",
    max: 300,
    tooLong: "Keep the headline under 300 characters",
  }),
  outlet: displayTextSchema({
    empty: "Enter the outlet that published it",
    max: 120,
    tooLong: "Keep the outlet under 120 characters",
  }),
  publishedOn: isoDaySchema,
  // A browser sends a textarea's line breaks as CRLF: counted as the one character the teacher sees.
  text: z
    .string()
    .transform((text) => text.replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .min(80, "Paste the article text (at least a paragraph)")
        .max(100_000, "That is too long for one article (100,000 characters at most)"),
    ),
});
export type ImportArticleInput = z.infer<typeof importArticleSchema>;

export const factRefSchema = z.strictObject({ slug: slugSchema, factId: recordIdSchema });

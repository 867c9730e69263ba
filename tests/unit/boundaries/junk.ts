// Hostile input for the zod boundaries, and the checks every boundary must pass:
// junk is refused with a ZodError whose issues say what is wrong (never a
// TypeError from a refinement), valid input is accepted, and parsing never
// changes its input or Object.prototype.
import fc from "fast-check";
import { expect } from "vitest";
import { z } from "zod";

/** Keys a naive merge would turn into prototype pollution. */
export const POLLUTION_KEYS = ["__proto__", "constructor", "prototype"] as const;

/** A long string, made at once (fast-check would take seconds to grow one). */
export const hugeString = fc
  .tuple(fc.integer({ min: 10_000, max: 300_000 }), fc.constantFrom("x", "é", "😀", "\u0000", " ", "<script>"))
  .map(([n, unit]) => unit.repeat(Math.ceil(n / unit.length)));

/** Arrays or objects nested far deeper than any form or answer. */
export const deeplyNested = fc
  .tuple(fc.integer({ min: 20, max: 500 }), fc.boolean())
  .map(
    ([depth, arrays]) =>
      JSON.parse(
        arrays ? `${"[".repeat(depth)}${"]".repeat(depth)}` : `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`,
      ) as unknown,
  );

/** An object parsed from JSON with own __proto__ / constructor / prototype keys, as a request body can carry them. */
export const pollutedObject = fc
  .tuple(
    fc.constantFrom(...POLLUTION_KEYS),
    fc.jsonValue({ maxDepth: 2 }),
    fc.array(fc.tuple(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 })), { maxLength: 3 }),
  )
  .map(([key, value, rest]) => {
    const entries = [...rest, [key, { polluted: value }] as const].map(
      ([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`,
    );
    return JSON.parse(`{${entries.join(",")}}`) as unknown;
  });

/**
 * What a caller can send that no schema expects. Server actions decode React's
 * reply format, which carries BigInts, Dates, Maps, Sets, typed arrays, -0, NaN,
 * Infinity, undefined and server functions as well as JSON.
 */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  { depthSize: "small" },
  fc.anything({
    maxDepth: 3,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withNullPrototype: true,
    withSparseArray: true,
    withObjectString: true,
  }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom<unknown>(null, undefined, 0, -0, Number.NaN, Infinity, -Infinity, "", 10n, () => "a server function"),
  // Made afresh each time, so the twin fc.clone makes is a different object.
  fc
    .constantFrom("object", "array", "invalid date")
    .map((k): unknown => (k === "object" ? {} : k === "array" ? [] : new Date(Number.NaN))),
  hugeString,
  deeplyNested,
  pollutedObject,
);

/** A value of a different type than `like` (used to put a wrong type into one field). */
export function wrongTypeFor(like: unknown): fc.Arbitrary<unknown> {
  return junk.filter(
    (v) => typeof v !== typeof like || Array.isArray(v) !== Array.isArray(like) || (v === null) !== (like === null),
  );
}

/** A plain object's copy with one own key set; defineProperty, so even "__proto__" becomes an own key. */
export function withKey(base: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

export function withoutKey(base: Record<string, unknown>, key: string): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  delete out[key];
  return out;
}

type SafeResult = { success: true; data: unknown } | { success: false; error: z.ZodError };

/** safeParse, turning anything it throws into a failed expectation that names the input. */
function parseWithoutThrowing(schema: z.ZodType, input: unknown): SafeResult {
  try {
    return schema.safeParse(input);
  } catch (error) {
    expect.fail(
      `parsing threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)} for ${describeValue(input)}`,
    );
  }
}

/** A short, never-throwing description of a generated value for failure messages. */
export function describeValue(value: unknown): string {
  try {
    return fc.stringify(value).slice(0, 300);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

/** Object.prototype has exactly its own keys and a fresh object inherits nothing new. */
export function expectPrototypeIntact(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

/** The issues a refusal must carry: a ZodError with at least one plain-language message. */
export function expectClearZodError(error: unknown): asserts error is z.ZodError {
  expect(error).toBeInstanceOf(z.ZodError);
  const issues = (error as z.ZodError).issues;
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(typeof issue.message).toBe("string");
    expect(issue.message.trim().length).toBeGreaterThan(0);
  }
}

/** The input is refused with a clear ZodError; returns it for further checks. */
export function expectRefused(schema: z.ZodType, input: unknown): z.ZodError {
  const result = parseWithoutThrowing(schema, input);
  if (result.success) expect.fail(`accepted ${describeValue(input)}`);
  expectClearZodError(result.error);
  expectPrototypeIntact();
  return result.error;
}

/** The input is accepted; returns what the schema made of it. */
export function expectAccepted<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = parseWithoutThrowing(schema, input);
  if (!result.success) expect.fail(`refused ${describeValue(input)}: ${z.prettifyError(result.error)}`);
  expectPrototypeIntact();
  return result.data as z.output<S>;
}

/** Whatever the input, parsing answers (data or a clear ZodError) and never throws. */
export function expectAnswers(schema: z.ZodType, input: unknown): SafeResult {
  const result = parseWithoutThrowing(schema, input);
  if (!result.success) expectClearZodError(result.error);
  expectPrototypeIntact();
  return result;
}

const RUNS = { numRuns: 200 } as const;

/** Property: junk never makes the schema throw, and it leaves the input as it was. */
export function checkJunkIsHandled(
  schema: z.ZodType,
  arbitrary: fc.Arbitrary<unknown> = junk,
  runs: number = RUNS.numRuns,
): void {
  fc.assert(
    fc.property(fc.clone(arbitrary, 2), ([input, twin]) => {
      expectAnswers(schema, input);
      expect(input, "parsing changed its input").toEqual(twin);
    }),
    { numRuns: runs },
  );
}

/** Property: every generated value is refused, and left as it was. */
export function checkAllRefused(
  schema: z.ZodType,
  arbitrary: fc.Arbitrary<unknown>,
  runs: number = RUNS.numRuns,
): void {
  fc.assert(
    fc.property(fc.clone(arbitrary, 2), ([input, twin]) => {
      expectRefused(schema, input);
      expect(input, "parsing changed its input").toEqual(twin);
    }),
    { numRuns: runs },
  );
}

/** Property: every generated value is accepted, left as it was, and the output passes `check`. */
export function checkAllAccepted<S extends z.ZodType, T>(
  schema: S,
  arbitrary: fc.Arbitrary<T>,
  check: (output: z.output<S>, input: T) => void = () => {},
  runs: number = RUNS.numRuns,
): void {
  fc.assert(
    fc.property(fc.clone(arbitrary, 2), ([input, twin]) => {
      const output = expectAccepted(schema, input);
      expect(input, "parsing changed its input").toEqual(twin);
      check(output, input);
    }),
    { numRuns: runs },
  );
}

/**
 * For an object schema: from valid objects, each of these is refused: a missing
 * required key, a wrong type in any key, and (for strict objects) any extra key,
 * including __proto__, constructor and prototype.
 */
export function checkObjectMutationsRefused(
  schema: z.ZodType,
  valid: fc.Arbitrary<Record<string, unknown>>,
  opts: { required: readonly string[]; typed: readonly string[]; strict: boolean },
  runs: number = RUNS.numRuns,
): void {
  const mutations: fc.Arbitrary<unknown>[] = [];
  if (opts.required.length > 0) {
    mutations.push(fc.tuple(valid, fc.constantFrom(...opts.required)).map(([v, key]) => withoutKey(v, key)));
  }
  if (opts.typed.length > 0) {
    mutations.push(
      valid.chain((v) => {
        // Only keys the valid object has: an absent optional key has no type to get wrong.
        const present = opts.typed.filter((key) => v[key] !== undefined);
        if (present.length === 0) return fc.constant<unknown>(null);
        return fc.constantFrom(...present).chain((key) =>
          wrongTypeFor(v[key])
            // undefined in an optional or defaulted key is the same as leaving it out.
            .filter((bad) => bad !== undefined || opts.required.includes(key))
            .map((bad): unknown => withKey(v, key, bad)),
        );
      }),
    );
  }
  if (opts.strict) {
    const extraKey = fc.oneof(
      fc.constantFrom(...POLLUTION_KEYS, "role", "id", "userId", "isAdmin", "ownerId"),
      fc.string({ minLength: 1, maxLength: 20 }),
    );
    mutations.push(
      fc
        .tuple(valid, extraKey, fc.jsonValue({ maxDepth: 2 }))
        .filter(([v, key]) => !Object.hasOwn(v, key) && !(schemaKeys(schema) ?? []).includes(key))
        .map(([v, key, value]) => withKey(v, key, value)),
    );
  }
  checkAllRefused(schema, fc.oneof(...mutations), runs);
}

/** The keys an object schema declares (through refinements and pipes), if it is one. */
export function schemaKeys(schema: z.ZodType): string[] | undefined {
  const def = (schema as unknown as { def?: { type?: string; shape?: Record<string, unknown>; in?: z.ZodType } }).def;
  if (def?.type === "object" && def.shape) return Object.keys(def.shape);
  if (def?.type === "pipe" && def.in) return schemaKeys(def.in);
  return undefined;
}

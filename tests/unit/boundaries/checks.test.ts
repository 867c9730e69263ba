// The checks in ./junk.ts must be able to fail: each is run here against a
// deliberately broken schema and must catch it. If one of these passes, the
// boundary tests built on that check prove nothing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  checkAllAccepted,
  checkAllRefused,
  checkJunkIsHandled,
  checkObjectMutationsRefused,
  expectPrototypeIntact,
} from "./junk";

const valid = fc.record({ name: fc.string({ minLength: 1, maxLength: 10 }) });

/** Runs a check that must fail and returns why (fast-check keeps the assertion as the cause). */
function failureOf(check: () => void): string {
  try {
    check();
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : "";
    return `${error instanceof Error ? error.message : String(error)}\n${cause}`;
  }
  return expect.fail("the check passed a broken schema");
}

describe("the boundary checks catch", () => {
  it("a refinement that throws on junk (as the answer length check did)", () => {
    const throwing = z.unknown().refine((v) => JSON.stringify(v).length < 100);
    expect(failureOf(() => checkJunkIsHandled(throwing))).toMatch(/parsing threw/);
  });

  it("a schema that changes its input", () => {
    const mutating = z.custom<unknown>((v) => {
      if (typeof v === "object" && v !== null && !Object.isFrozen(v)) (v as Record<string, unknown>).touched = true;
      return true;
    });
    expect(failureOf(() => checkAllAccepted(mutating, valid))).toMatch(/parsing changed its input/);
  });

  it("a schema that lets extra fields through, or does not need a required one", () => {
    expect(
      failureOf(() =>
        checkObjectMutationsRefused(z.looseObject({ name: z.string() }), valid, {
          required: [],
          typed: [],
          strict: true,
        }),
      ),
    ).toMatch(/accepted/);
    expect(
      failureOf(() =>
        checkObjectMutationsRefused(z.strictObject({ name: z.string().optional() }), valid, {
          required: ["name"],
          typed: [],
          strict: false,
        }),
      ),
    ).toMatch(/accepted/);
  });

  it("a schema that accepts a wrong type", () => {
    expect(
      failureOf(() =>
        checkObjectMutationsRefused(z.strictObject({ name: z.any() }), valid, {
          required: [],
          typed: ["name"],
          strict: false,
        }),
      ),
    ).toMatch(/accepted/);
  });

  it("a schema that refuses valid input, or accepts what it should refuse", () => {
    expect(failureOf(() => checkAllAccepted(z.strictObject({ name: z.string().max(3) }), valid))).toMatch(/refused/);
    expect(failureOf(() => checkAllRefused(z.string(), fc.string()))).toMatch(/accepted/);
  });

  it("a parser that pollutes Object.prototype", () => {
    const polluting = z.unknown().transform((v) => {
      Object.assign(Object.prototype, { polluted: true });
      return v;
    });
    try {
      expect(failureOf(() => checkJunkIsHandled(polluting, fc.constant(1)))).toMatch(/polluted|toEqual|expected/);
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
    expectPrototypeIntact();
  });
});

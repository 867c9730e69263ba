// The learning aids' boundary: "Quiz me on this" posts one fact id.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { startFactQuizSchema } from "@/lib/aids";
import { checkAllAccepted, checkAllRefused, checkJunkIsHandled, checkObjectMutationsRefused, hugeString } from "./junk";
import { validSlug } from "./valid";

describe("quizzing on one fact", () => {
  const valid = fc.record({ factId: validSlug });

  it("accepts a fact id: lowercase words joined by hyphens", () => {
    checkAllAccepted(startFactQuizSchema, valid, (out, input) => expect(out.factId).toBe(input.factId));
  });

  it("refuses other ids, ids over 200 characters, and missing or extra fields", () => {
    checkAllRefused(
      startFactQuizSchema,
      fc
        .oneof(
          fc.string().filter((s) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s)),
          fc.constantFrom("Russia-backs", "a--b", "-a", "a-", "a b", "../x", "a".repeat(201)),
          hugeString.map((s) => s.replace(/[^a-z]/g, "a")),
        )
        .map((factId) => ({ factId })),
      100,
    );
    checkObjectMutationsRefused(startFactQuizSchema, valid, { required: ["factId"], typed: ["factId"], strict: true });
  });

  it("answers any junk with a ZodError and leaves it unchanged", () => {
    checkJunkIsHandled(startFactQuizSchema);
  });
});

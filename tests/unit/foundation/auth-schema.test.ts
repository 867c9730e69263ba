import { describe, expect, it } from "vitest";
import { safeNextPath, signUpSchema } from "@/lib/auth/schema";

describe("sign-up form", () => {
  it("accepts a learner and lower-cases the email", () => {
    const parsed = signUpSchema.parse({ name: " Ada ", email: "Ada@Example.com", password: "long-enough-1" });
    expect(parsed).toMatchObject({ name: "Ada", email: "ada@example.com", role: "LEARNER" });
  });

  it("refuses a role other than learner or teacher", () => {
    expect(
      signUpSchema.safeParse({ name: "A", email: "a@example.com", password: "long-enough-1", role: "ADMIN" }).success,
    ).toBe(false);
  });

  it("refuses short passwords and unknown fields", () => {
    expect(signUpSchema.safeParse({ name: "A", email: "a@example.com", password: "short" }).success).toBe(false);
    expect(
      signUpSchema.safeParse({ name: "A", email: "a@example.com", password: "long-enough-1", admin: "1" }).success,
    ).toBe(false);
  });
});

describe("redirect after sign-in", () => {
  it.each([
    [undefined, "/"],
    ["/quiz", "/quiz"],
    ["https://evil.example", "/"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
  ])("%s goes to %s", (next, expected) => {
    expect(safeNextPath(next, "/")).toBe(expected);
  });
});

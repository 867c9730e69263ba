// The account forms' boundary: sign-up and sign-in input, and where a sign-in may redirect.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeNextPath, signInSchema, signUpSchema } from "@/lib/auth/schema";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/roles";
import {
  checkAllAccepted,
  checkAllRefused,
  checkJunkIsHandled,
  checkObjectMutationsRefused,
  expectRefused,
  hugeString,
  junk,
  withKey,
} from "./junk";

const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,8}[a-z0-9])?$/);
const validEmail = fc
  .tuple(
    fc.stringMatching(/^[A-Za-z0-9_+-]{1,20}$/),
    fc.array(label, { minLength: 1, maxLength: 3 }),
    fc.stringMatching(/^[a-z]{2,6}$/),
  )
  .map(([local, labels, tld]) => `${local}@${labels.join(".")}.${tld}`);
const validName = fc.string({ minLength: 1, maxLength: 80 }).filter((s) => s.trim().length > 0);
const validPassword = fc.string({ minLength: MIN_PASSWORD_LENGTH, maxLength: 128 });

const validSignUp = fc.record(
  {
    name: validName,
    email: validEmail,
    password: validPassword,
    role: fc.constantFrom("LEARNER", "TEACHER"),
    next: fc.string({ maxLength: 100 }),
  },
  { requiredKeys: ["name", "email", "password"] },
);
const validSignIn = fc.record(
  { email: validEmail, password: fc.string({ minLength: 1, maxLength: 128 }), next: fc.string({ maxLength: 100 }) },
  { requiredKeys: ["email", "password"] },
);

describe("sign-up input", () => {
  it("accepts every well-formed form, lower-casing the email and defaulting the role to learner", () => {
    checkAllAccepted(signUpSchema, validSignUp, (out, input) => {
      expect(out.email).toBe(input.email.toLowerCase());
      expect(out.role).toBe(input.role ?? "LEARNER");
      expect(out.name).toBe(input.name.trim());
    });
  });

  it("refuses a missing field, a wrong type or any extra field (even __proto__)", () => {
    checkObjectMutationsRefused(signUpSchema, validSignUp, {
      required: ["name", "email", "password"],
      typed: ["name", "email", "password", "role", "next"],
      strict: true,
    });
  });

  it("refuses any role but learner or teacher, so nobody signs up as an admin", () => {
    const badRole = fc
      .oneof(fc.constantFrom("ADMIN", "admin", "learner", "Teacher", "", " TEACHER"), fc.string())
      .filter((r) => r !== "LEARNER" && r !== "TEACHER");
    checkAllRefused(
      signUpSchema,
      fc.tuple(validSignUp, badRole).map(([form, role]) => ({ ...form, role })),
    );
    const error = expectRefused(signUpSchema, {
      name: "Eve",
      email: "eve@example.com",
      password: "x".repeat(12),
      role: "ADMIN",
    });
    expect(error.issues.map((i) => i.path.join("."))).toEqual(["role"]);
  });

  it("refuses overlong names and passwords, blank names and short passwords, naming the field", () => {
    const cases = fc.oneof(
      fc.tuple(validSignUp, hugeString).map(([f, s]) => ({ form: { ...f, name: s }, field: "name" })),
      fc
        .tuple(validSignUp, fc.constantFrom("", " ", "\t\n"))
        .map(([f, s]) => ({ form: { ...f, name: s }, field: "name" })),
      fc
        .tuple(validSignUp, fc.string({ minLength: 129, maxLength: 400 }))
        .map(([f, s]) => ({ form: { ...f, password: s }, field: "password" })),
      fc
        .tuple(validSignUp, fc.string({ maxLength: MIN_PASSWORD_LENGTH - 1 }))
        .map(([f, s]) => ({ form: { ...f, password: s }, field: "password" })),
      fc
        .tuple(
          validSignUp,
          fc.string({ maxLength: 40 }).filter((s) => !s.includes("@")),
        )
        .map(([f, s]) => ({ form: { ...f, email: s }, field: "email" })),
    );
    fc.assert(
      fc.property(cases, ({ form, field }) => {
        const error = expectRefused(signUpSchema, form);
        expect(error.issues.map((i) => i.path[0])).toContain(field);
      }),
    );
  });

  it("refuses a huge string in any field (issue 7: `next` was unbounded)", () => {
    checkAllRefused(
      signUpSchema,
      fc
        .tuple(validSignUp, fc.constantFrom("name", "email", "password", "role", "next"), hugeString)
        .map(([f, key, s]) => withKey(f, key, s)),
      50,
    );
  });

  it("answers any junk with a ZodError and leaves it unchanged", () => {
    checkJunkIsHandled(signUpSchema);
    checkJunkIsHandled(
      signUpSchema,
      fc.tuple(validSignUp, junk).map(([f, v]) => withKey(f, "email", v)),
    );
  });
});

describe("sign-in input", () => {
  it("accepts every well-formed form", () => {
    checkAllAccepted(signInSchema, validSignIn, (out, input) => expect(out.email).toBe(input.email.toLowerCase()));
  });

  it("refuses a missing field, a wrong type or any extra field", () => {
    checkObjectMutationsRefused(signInSchema, validSignIn, {
      required: ["email", "password"],
      typed: ["email", "password", "next"],
      strict: true,
    });
  });

  it("refuses a huge string in any field", () => {
    checkAllRefused(
      signInSchema,
      fc
        .tuple(validSignIn, fc.constantFrom("email", "password", "next"), hugeString)
        .map(([f, key, s]) => withKey(f, key, s)),
      50,
    );
  });

  it("answers any junk with a ZodError and leaves it unchanged", () => {
    checkJunkIsHandled(signInSchema);
  });
});

describe("the redirect after signing in", () => {
  // fc.webUrl() is slow to generate: on a loaded machine this outlasts the default 5 s.
  it("is always a path on this site, whatever `next` says", { timeout: 60_000 }, () => {
    const hostile = fc.oneof(
      fc.string(),
      fc.constantFrom(
        "//evil.example",
        "/\\evil.example",
        "/\t/evil.example",
        "/\n/evil.example",
        " //evil.example",
        "https://evil.example",
        "javascript:alert(1)",
        "/%2F%2Fevil.example",
        "\\\\evil",
      ),
      fc.webUrl(),
    );
    fc.assert(
      fc.property(fc.option(hostile, { nil: undefined }), (next) => {
        const target = safeNextPath(next, "/home");
        expect(target.startsWith("/")).toBe(true);
        expect(target.startsWith("//")).toBe(false);
        expect(target).not.toContain("\\");
        // A URL parser resolves it against this origin, never another.
        expect(new URL(target, "http://sourced.test").origin).toBe("http://sourced.test");
      }),
    );
  });

  // Issue 7: URL parsers drop tabs and line breaks, so "/\t/evil.example" became "//evil.example".
  // Issue 13: a non-ASCII path went into the Location header and failed the redirect with a 500.
  it.each(["/\u00e9", "/caf\u00e9", "/a b", "/\u202e"])("refuses %j, which a Location header cannot carry", (next) => {
    expect(safeNextPath(next, "/home")).toBe("/home");
  });

  it.each(["/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example", "/\u0000/x"])(
    "refuses %j, which a browser would read as another site",
    (next) => {
      expect(safeNextPath(next, "/home")).toBe("/home");
    },
  );

  it("keeps a plain same-site path", () => {
    fc.assert(
      fc.property(
        fc.webPath().filter((p) => p.startsWith("/") && !p.startsWith("//")),
        (path) => {
          expect(safeNextPath(path, "/")).toBe(path);
        },
      ),
    );
  });
});

// The environment's boundary: parseEnv takes whatever process.env holds and either
// returns a complete configuration or stops with a message naming each bad variable.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { expectPrototypeIntact, hugeString } from "./junk";

const secret = fc.string({ minLength: 32, maxLength: 80 });
const port = fc.integer({ min: 1, max: 65535 });
const origin = fc
  .tuple(fc.constantFrom("http", "https"), fc.domain(), fc.option(port, { nil: undefined }))
  .map(([scheme, host, p]) => `${scheme}://${host}${p ? `:${p}` : ""}`);
const databaseUrl = fc.oneof(
  fc.stringMatching(/^[a-z0-9_./-]{1,30}$/).map((path) => `file:${path}`),
  fc
    .tuple(fc.constantFrom("postgres", "postgresql"), fc.domain(), port)
    .map(([scheme, host, p]) => `${scheme}://user:pw@${host}:${p}/sourced`),
);

/** A well-formed environment, with the unrelated variables every process has. */
const validEnv = fc
  .tuple(
    fc.record(
      {
        NODE_ENV: fc.constantFrom("development", "production", "test"),
        DATABASE_URL: databaseUrl,
        PORT: port.map(String),
        APP_URL: origin,
        TRUSTED_ORIGINS: fc.array(origin, { maxLength: 3 }).map((list) => list.join(" , ")),
      },
      { requiredKeys: [] },
    ),
    secret,
    fc.dictionary(fc.stringMatching(/^[A-Z][A-Z0-9_]{0,10}$/), fc.string(), { maxKeys: 5 }),
  )
  .map(([known, AUTH_SECRET, other]): Record<string, string | undefined> => ({ ...other, ...known, AUTH_SECRET }));

/** parseEnv's answer: an Env, or the Error it stops with (anything else fails the test). */
function parse(source: Record<string, string | undefined>): ReturnType<typeof parseEnv> | Error {
  try {
    return parseEnv(source);
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(TypeError);
    return error as Error;
  }
}

describe("parsing the environment", () => {
  it("accepts every well-formed environment and derives the rest", () => {
    fc.assert(
      fc.property(fc.clone(validEnv, 2), ([source, twin]) => {
        const env = parse(source);
        if (env instanceof Error) expect.fail(env.message);
        expect(source).toEqual(twin);
        expect(env.port).toBe(Number(source.PORT ?? 3000));
        expect(env.authSecret).toBe(source.AUTH_SECRET);
        expect(env.appUrl).toBe(source.APP_URL ?? `http://localhost:${env.port}`);
        expect(env.trustedOrigins).toEqual(
          (source.TRUSTED_ORIGINS ?? "")
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean),
        );
        expect(env.databaseUrl).toBe(source.DATABASE_URL ?? "file:./.data/sourced.db");
      }),
    );
  });

  // Issue 7: "localhost:3000" passed as a URL (its scheme being "localhost:"), and sign-ins then failed the origin check.
  it("stops with a message naming the variable for any bad value, and never throws anything else", () => {
    const bad = fc.oneof(
      fc.record({
        key: fc.constant("PORT"),
        value: fc.oneof(
          fc.string().filter((s) => {
            const n = Number(s);
            return !(Number.isInteger(n) && n >= 1 && n <= 65535);
          }),
          fc.constantFrom("0", "65536", "-1", "1.5", "80abc"),
        ),
      }),
      fc.record({
        key: fc.constant("DATABASE_URL"),
        value: fc
          .string({ minLength: 1 })
          .filter((s) => s.trim() !== "" && !/^(file:|postgres(ql)?:\/\/)/.test(s.trim())),
      }),
      fc.record({ key: fc.constant("AUTH_SECRET"), value: fc.string({ maxLength: 31 }) }),
      fc.record({
        key: fc.constant("NODE_ENV"),
        value: fc.string().filter((s) => !["development", "production", "test"].includes(s)),
      }),
      fc.record({
        key: fc.constant("APP_URL"),
        value: fc.constantFrom(
          "",
          "localhost:3000",
          "not a url",
          "://x",
          "http//",
          "ftp://example.com",
          "javascript:alert(1)",
        ),
      }),
    );
    fc.assert(
      fc.property(validEnv, bad, (source, { key, value }) => {
        const result = parse({ ...source, [key]: value });
        if (!(result instanceof Error)) expect.fail(`accepted ${key}=${JSON.stringify(value)}`);
        expect(result.message).toMatch(/^Invalid environment:\n/);
        expect(result.message).toContain(`${key}:`);
        expectPrototypeIntact();
      }),
    );
  });

  it("answers any strings at all, with huge values and prototype keys, without throwing anything but its own message", () => {
    const junkEnv = fc
      .tuple(
        fc.dictionary(
          fc.oneof(
            fc.constantFrom(
              "NODE_ENV",
              "DATABASE_URL",
              "AUTH_SECRET",
              "PORT",
              "APP_URL",
              "TRUSTED_ORIGINS",
              "__proto__",
              "constructor",
            ),
            fc.string(),
          ),
          fc.oneof(fc.string(), hugeString, fc.constant(undefined)),
        ),
        secret,
      )
      .map(([env, s]) => ({ AUTH_SECRET: s, ...env }))
      // Without a secret parseEnv makes one in .data/; a test must not write files.
      .filter((env) => typeof env.AUTH_SECRET === "string");
    fc.assert(
      fc.property(fc.clone(junkEnv, 2), ([source, twin]) => {
        const result = parse(source);
        if (result instanceof Error) expect(result.message).toMatch(/^Invalid environment:\n {2}\S/);
        expect(source).toEqual(twin);
        expectPrototypeIntact();
      }),
    );
  });
});

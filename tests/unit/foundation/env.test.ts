import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { databaseKind } from "@/lib/env/database-url";

const secret = "x".repeat(32);

describe("environment", () => {
  it("defaults to the embedded SQLite file and port 3000", () => {
    const env = parseEnv({ AUTH_SECRET: secret });
    expect(env.databaseUrl).toBe("file:./.data/sourced.db");
    expect(env.port).toBe(3000);
    expect(env.appUrl).toBe("http://localhost:3000");
  });

  it("follows PORT into the app's origin", () => {
    expect(parseEnv({ AUTH_SECRET: secret, PORT: "3100" }).appUrl).toBe("http://localhost:3100");
  });

  it("picks PostgreSQL from the URL scheme", () => {
    const env = parseEnv({ AUTH_SECRET: secret, DATABASE_URL: "postgres://u:p@127.0.0.1:5432/sourced" });
    expect(databaseKind(env.databaseUrl)).toBe("postgres");
  });

  it.each([
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL: must start with file: (SQLite) or postgres:// (PostgreSQL)"],
    [{ PORT: "70000" }, "PORT"],
    [{ PORT: "abc" }, "PORT"],
    [{ AUTH_SECRET: "short" }, "AUTH_SECRET: must be at least 32 characters"],
  ])("refuses %o with a message naming the variable", (bad, message) => {
    expect(() => parseEnv({ AUTH_SECRET: secret, ...bad })).toThrow(message);
  });
});

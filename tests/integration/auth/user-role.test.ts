// The maintainer command against a real database: it changes the named account's
// role and nothing else, says so, and answers an unknown email or bad arguments
// with a message and a failing exit code, changing nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { userRoleCommand } from "@/lib/cli/user-role";
import { createTestDb, type TestDb } from "../support/db";

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  await t.db.user.createMany({
    data: [
      { id: "u-mara", name: "Mara", email: "mara@example.com", role: "TEACHER" },
      { id: "u-lee", name: "Lee", email: "lee@example.com", role: "LEARNER" },
      { id: "u-guest", name: "Guest", email: "guest@guest.sourced.invalid", role: "LEARNER", isAnonymous: true },
    ],
  });
});
afterAll(async () => t.cleanup());

async function roles(): Promise<Record<string, string>> {
  const users = await t.db.user.findMany({ select: { id: true, role: true } });
  return Object.fromEntries(users.map((u) => [u.id, u.role]));
}

describe("npm run user:role", () => {
  it("makes a teacher a maintainer, whatever the case of the email and role", async () => {
    const result = await userRoleCommand(["Mara@Example.com", "Maintainer"], () => t.db);
    expect(result).toEqual({ code: 0, out: ["Mara <mara@example.com> is now a maintainer (was teacher)."], err: [] });
    expect(await roles()).toEqual({ "u-mara": "MAINTAINER", "u-lee": "LEARNER", "u-guest": "LEARNER" });
  });

  it("turns a maintainer back into a teacher, and a learner into a teacher", async () => {
    expect((await userRoleCommand(["mara@example.com", "teacher"], () => t.db)).code).toBe(0);
    expect((await userRoleCommand(["lee@example.com", "teacher"], () => t.db)).code).toBe(0);
    expect(await roles()).toEqual({ "u-mara": "TEACHER", "u-lee": "TEACHER", "u-guest": "LEARNER" });
    expect((await userRoleCommand(["lee@example.com", "learner"], () => t.db)).out[0]).toContain(
      "now a learner (was teacher)",
    );
  });

  it("an unknown email, or a guest's made-up one, exits 1 with a clear message and changes nothing", async () => {
    const before = await roles();
    for (const email of ["nobody@example.com", "guest@guest.sourced.invalid"]) {
      const result = await userRoleCommand([email, "maintainer"], () => t.db);
      expect(result.code).toBe(1);
      expect(result.err.join("\n")).toContain(`No account has the email ${email}`);
    }
    expect(await roles()).toEqual(before);
  });

  it("bad arguments exit 2 with the usage before the database is opened", async () => {
    const never = () => {
      throw new Error("the database was opened");
    };
    for (const argv of [
      [],
      ["mara@example.com"],
      ["mara@example.com", "admin"],
      ["not-an-email", "teacher"],
      ["mara@example.com", "teacher", "extra"],
    ]) {
      const result = await userRoleCommand(argv, never);
      expect(result.code, JSON.stringify(argv)).toBe(2);
      expect(result.err.at(-1)).toMatch(/^usage: npm run user:role -- EMAIL maintainer\|teacher\|learner$/);
    }
  });
});

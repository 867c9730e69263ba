import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "better-auth/crypto";
import { createTestDb, type TestDb } from "../support/db";
import { DEMO_CLASS, DEMO_LOGINS, seedDemo } from "@/lib/db/demo";
import { moveGuestWork } from "@/lib/db/guest-work";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.cleanup();
});

describe("demo seed", () => {
  it("creates one teacher, a class with its join code and two learners, once", async () => {
    expect((await seedDemo(t.db)).created).toBe(true);
    expect((await seedDemo(t.db)).created).toBe(false);
    expect(await t.db.user.count({ where: { role: "TEACHER" } })).toBe(1);
    expect(await t.db.user.count({ where: { role: "LEARNER" } })).toBe(2);
    const klass = await t.db.class.findUniqueOrThrow({
      where: { joinCode: DEMO_CLASS.joinCode },
      include: { teacher: true },
    });
    expect(klass.teacher.email).toBe("teacher@example.com");
  });

  it("stores passwords hashed, never in plain text", async () => {
    for (const login of DEMO_LOGINS) {
      const account = await t.db.account.findFirstOrThrow({
        where: { user: { email: login.email }, providerId: "credential" },
      });
      expect(account.password).not.toContain(login.password);
      expect(await verifyPassword({ hash: account.password ?? "", password: login.password })).toBe(true);
    }
  });
});

describe("guest work moves to the account", () => {
  async function user(id: string, isAnonymous = false) {
    return t.db.user.create({ data: { id, name: id, email: `${id}@example.com`, isAnonymous } });
  }
  async function fact(id: string) {
    return t.db.fact.create({ data: { id, kind: "event", statement: id, data: "{}", contentHash: "x" } });
  }
  function card(userId: string, factId: string) {
    const now = new Date("2026-01-01T00:00:00Z");
    return t.db.card.create({
      data: {
        userId,
        factId,
        due: now,
        stability: 1,
        difficulty: 5,
        elapsedDays: 0,
        scheduledDays: 1,
        learningSteps: 0,
        reps: 1,
        lapses: 0,
        state: 1,
      },
    });
  }

  it("keeps attempts and every review of both cards when the two decks overlap", async () => {
    await user("guest-1", true);
    await user("account-1");
    await fact("fact-a");
    await fact("fact-b");
    await t.db.attempt.create({ data: { userId: "guest-1", questionIds: "[]" } });
    const guestCardA = await card("guest-1", "fact-a");
    await card("guest-1", "fact-b");
    const accountCardA = await card("account-1", "fact-a");
    const reviewed = new Date("2026-01-02T00:00:00Z");
    const log = {
      rating: 3,
      state: 1,
      due: reviewed,
      stability: 1,
      difficulty: 5,
      elapsedDays: 0,
      scheduledDays: 1,
      reviewedAt: reviewed,
    };
    await t.db.reviewLog.create({ data: { ...log, cardId: guestCardA.id } });
    await t.db.reviewLog.create({ data: { ...log, cardId: accountCardA.id } });

    await moveGuestWork(t.db, "guest-1", "account-1");

    expect(await t.db.attempt.count({ where: { userId: "account-1" } })).toBe(1);
    expect(await t.db.card.count({ where: { userId: "guest-1" } })).toBe(0);
    expect(await t.db.card.count({ where: { userId: "account-1" } })).toBe(2);
    expect(await t.db.reviewLog.count({ where: { cardId: accountCardA.id } })).toBe(2);
  });
});

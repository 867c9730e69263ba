// The demo school: one teacher, one class with a join code, two learners.
// Written straight through Prisma with better-auth's own password hash, so the
// seed needs no running server.
import { hashPassword } from "better-auth/crypto";
import { randomUUID } from "node:crypto";
import type { Db } from "./client";

export type DemoLogin = { role: "TEACHER" | "LEARNER"; name: string; email: string; password: string };

export const DEMO_CLASS = { name: "Year 11 World Affairs", joinCode: "IDLIB8" } as const;

export const DEMO_LOGINS: readonly DemoLogin[] = [
  { role: "TEACHER", name: "Ms Rivera", email: "teacher@example.com", password: "sourced-teacher" },
  { role: "LEARNER", name: "Ada Learner", email: "ada@example.com", password: "sourced-learner" },
  { role: "LEARNER", name: "Ben Learner", email: "ben@example.com", password: "sourced-learner" },
];

async function ensureUser(db: Db, login: DemoLogin): Promise<{ id: string; created: boolean }> {
  const existing = await db.user.findUnique({ where: { email: login.email } });
  if (existing) return { id: existing.id, created: false };
  const id = randomUUID();
  await db.user.create({
    data: {
      id,
      name: login.name,
      email: login.email,
      emailVerified: true,
      role: login.role,
      accounts: {
        create: {
          id: randomUUID(),
          accountId: id,
          providerId: "credential",
          password: await hashPassword(login.password),
        },
      },
    },
  });
  return { id, created: true };
}

/** Creates what is missing of the demo school; returns whether anything was new. */
export async function seedDemo(db: Db): Promise<{ created: boolean }> {
  const [teacherLogin, ...learnerLogins] = DEMO_LOGINS;
  if (!teacherLogin) throw new Error("no demo teacher");
  const teacher = await ensureUser(db, teacherLogin);
  let created = teacher.created;
  const klass = await db.class.upsert({
    where: { joinCode: DEMO_CLASS.joinCode },
    update: {},
    create: { name: DEMO_CLASS.name, joinCode: DEMO_CLASS.joinCode, teacherId: teacher.id },
  });
  for (const login of learnerLogins) {
    const learner = await ensureUser(db, login);
    created ||= learner.created;
    // Ada starts enrolled; Ben joins by code in the tests, as a real learner would.
    if (login.email === "ada@example.com") {
      await db.enrollment.upsert({
        where: { classId_userId: { classId: klass.id, userId: learner.id } },
        update: {},
        create: { classId: klass.id, userId: learner.id },
      });
    }
  }
  return { created };
}

export function describeDemoLogins(): string {
  const rows = DEMO_LOGINS.map((l) => `  ${l.role.padEnd(8)} ${l.email.padEnd(22)} ${l.password}`);
  return [`Demo accounts (class "${DEMO_CLASS.name}", join code ${DEMO_CLASS.joinCode}):`, ...rows].join("\n");
}

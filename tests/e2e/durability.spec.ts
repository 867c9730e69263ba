// 100 learners submit answers at once, retrying with the same idempotency keys;
// the app server is killed with SIGKILL mid-way and restarted. Afterwards every
// answer that got a success response is stored exactly once. Bounded, loopback only.
import { expect, test } from "@playwright/test";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { createDb } from "../../lib/db/client";
import { createAttempt } from "../../lib/db/attempts";
import { loadServableBank } from "../../lib/db/questions";
import { createLearnerWithSession } from "../support/sessions";

const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
const PORT = E2E_PORT + 60;
const DB_URL = `file:./.data/durability-${PORT}.db`;
const SECRET = "durability-test-secret-0123456789abcdef";
const LEARNERS = 100;
const QUESTIONS_EACH = 8;
const env = {
  ...process.env,
  DATABASE_URL: DB_URL,
  AUTH_SECRET: SECRET,
  PORT: String(PORT),
  APP_URL: `http://127.0.0.1:${PORT}`,
  NEXT_DIST_DIR: `.next-e2e-${E2E_PORT}`,
  NEXT_TELEMETRY_DISABLED: "1",
  LOG_LEVEL: "error",
};

function startServer(): ChildProcess {
  return spawn(join("node_modules", ".bin", "next"), ["start", "-p", String(PORT), "-H", "127.0.0.1"], {
    env,
    stdio: "ignore",
  });
}

async function waitHealthy(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/api/health`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("server did not come up");
}

test("every acknowledged answer survives a SIGKILL of the server, exactly once", async () => {
  test.setTimeout(240_000);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`.data/durability-${PORT}.db${suffix}`, { force: true });
  const prepared = spawnSync(join("node_modules", ".bin", "tsx"), ["lib/cli/prepare.ts"], { env, encoding: "utf8" });
  expect(prepared.status, prepared.stderr).toBe(0);

  const db = createDb(DB_URL);
  const singles = (await loadServableBank(db)).filter((q) => q.kind === "single-choice").slice(0, QUESTIONS_EACH);
  expect(singles).toHaveLength(QUESTIONS_EACH);
  const learners = await Promise.all(
    Array.from({ length: LEARNERS }, async (_, i) => {
      const { userId, cookie } = await createLearnerWithSession(db, SECRET, `load-${i}`);
      const attemptId = await createAttempt(db, {
        userId,
        questionIds: singles.map((q) => q.id),
        mode: "practice",
        config: {},
        now: new Date(),
      });
      return { cookie, attemptId };
    }),
  );

  let server = startServer();
  const acknowledged: { attemptId: string; questionId: string; key: string }[] = [];
  try {
    await waitHealthy(Date.now() + 60_000);
    let killed = false;
    const killAfter = Math.floor((LEARNERS * QUESTIONS_EACH) / 3);

    async function submit(learner: (typeof learners)[number], questionId: string, choice: string): Promise<void> {
      const key = randomUUID();
      for (let tries = 0; tries < 60; tries++) {
        try {
          const res = await fetch(`http://127.0.0.1:${PORT}/api/attempts/${learner.attemptId}/responses`, {
            method: "POST",
            headers: { "content-type": "application/json", cookie: learner.cookie },
            body: JSON.stringify({ questionId, idempotencyKey: key, answer: { kind: "single-choice", choice } }),
          });
          if (res.ok) {
            acknowledged.push({ attemptId: learner.attemptId, questionId, key });
            if (!killed && acknowledged.length >= killAfter) {
              killed = true;
              server.kill("SIGKILL");
              server = startServer();
            }
            return;
          }
          expect(res.status, await res.text()).toBeGreaterThanOrEqual(500);
        } catch {
          // Connection refused or reset while the server is down: retry with the same key.
        }
        await new Promise((r) => setTimeout(r, 100 + tries * 50));
      }
      throw new Error("gave up after retries");
    }

    await Promise.all(
      learners.map(async (learner) => {
        for (const q of singles) await submit(learner, q.id, q.choices[0]!);
      }),
    );
    expect(killed).toBe(true);

    const rows = await db.response.findMany({ where: { attemptId: { in: learners.map((l) => l.attemptId) } } });
    expect(acknowledged).toHaveLength(LEARNERS * QUESTIONS_EACH);
    expect(rows).toHaveLength(acknowledged.length);
    const stored = new Map(rows.map((r) => [`${r.attemptId}/${r.questionId}`, r.idempotencyKey]));
    for (const a of acknowledged) expect(stored.get(`${a.attemptId}/${a.questionId}`)).toBe(a.key);
  } finally {
    server.kill("SIGKILL");
    await db.$disconnect();
  }
});

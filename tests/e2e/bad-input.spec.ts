// Bad input over HTTP (issue 7): the JSON answer API, the route handlers, server
// actions posted by hand, the sign-in limit and the security headers. Every
// refused request answers with a clear message and leaves every table as it was.
// Each group also makes one good request first, so a refusal is known to come
// from the check under test and not from a malformed test request.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { createAttempt } from "../../lib/db/attempts";
import { loadServableBank } from "../../lib/db/questions";
import { signedSessionCookie } from "../support/sessions";
import { uniqueEmail } from "./support/accounts";
import { answersOf, e2eDb } from "./support/db";
import { freshRequests, type FreshRequest, type Reply } from "./support/fresh-request";
import { expectNothingWritten, rowCounts } from "./support/row-counts";
import { isRefused, postAction, type ActionCall, type ActionOutcome } from "./support/server-actions";
import { createE2eUser, e2eAuthSecret, type E2eUser } from "./support/users";

const EVIL = "http://evil.example";

type World = {
  ada: E2eUser;
  bob: E2eUser;
  owner: E2eUser;
  rival: E2eUser;
  questionIds: string[];
  /** Ada's attempts: one open (for refusals), one for the good requests, one finished. */
  openAttempt: string;
  goodAttempt: string;
  finishedAttempt: string;
  bobAttempt: string;
  classId: string;
  setId: string;
  assignmentId: string;
};
let world: World;
/** Requests that share no cookie jar (see support/fresh-request.ts), and the app's origin. */
let api: FreshRequest;
let appOrigin = "";

test.beforeEach(({ baseURL }) => {
  api = freshRequests(baseURL ?? "");
  appOrigin = new URL(baseURL ?? "").origin;
});

function joinCode(): string {
  return randomUUID().replace(/-/g, "").slice(0, 10).toUpperCase();
}

test.beforeAll(async () => {
  const db = e2eDb();
  const [ada, bob, owner, rival] = await Promise.all([
    createE2eUser("LEARNER", "bad-input-ada"),
    createE2eUser("LEARNER", "bad-input-bob"),
    createE2eUser("TEACHER", "bad-input-owner"),
    createE2eUser("TEACHER", "bad-input-rival"),
  ]);
  const questionIds = (await loadServableBank(db))
    .filter((q) => q.kind === "single-choice")
    .slice(0, 3)
    .map((q) => q.id);
  expect(questionIds).toHaveLength(3);
  const now = new Date();
  const attempt = (userId: string) => createAttempt(db, { userId, questionIds, mode: "practice", config: {}, now });
  const [openAttempt, goodAttempt, finishedAttempt, bobAttempt] = await Promise.all([
    attempt(ada.userId),
    attempt(ada.userId),
    attempt(ada.userId),
    attempt(bob.userId),
  ]);
  await db.attempt.update({ where: { id: finishedAttempt }, data: { finishedAt: now } });

  const klass = await db.class.create({
    data: { name: "Bad input class", teacherId: owner.userId, joinCode: joinCode() },
  });
  await db.enrollment.create({ data: { classId: klass.id, userId: ada.userId } });
  const set = await db.questionSet.create({
    data: {
      title: "Bad input set",
      ownerId: owner.userId,
      items: { create: questionIds.map((questionId, position) => ({ questionId, position })) },
    },
  });
  const assignment = await db.assignment.create({
    data: {
      setId: set.id,
      classId: klass.id,
      opensAt: new Date(now.getTime() - 3600_000),
      dueAt: new Date(now.getTime() + 7 * 86400_000),
    },
  });
  world = {
    ada,
    bob,
    owner,
    rival,
    questionIds,
    openAttempt,
    goodAttempt,
    finishedAttempt,
    bobAttempt,
    classId: klass.id,
    setId: set.id,
    assignmentId: assignment.id,
  };
});

function q(i: number): string {
  const id = world.questionIds[i];
  if (!id) throw new Error(`no question ${i}`);
  return id;
}

function answerBody(questionId: string): {
  questionId: string;
  idempotencyKey: string;
  answer: { kind: "single-choice"; choice: string };
} {
  return { questionId, idempotencyKey: randomUUID(), answer: { kind: "single-choice", choice: "Russia" } };
}

// ---------- The JSON answer API ----------

type ApiCall = {
  attemptId?: string;
  cookie?: string | null;
  body?: unknown;
  raw?: string;
  contentType?: string | null;
  origin?: string | null;
};

async function postAnswer(call: ApiCall): Promise<Reply> {
  const headers: Record<string, string> = {};
  const cookie = call.cookie === undefined ? world.ada.cookie : call.cookie;
  if (cookie !== null) headers.cookie = cookie;
  const contentType = call.contentType === undefined ? "application/json" : call.contentType;
  if (contentType !== null) headers["content-type"] = contentType;
  const origin = call.origin === undefined ? appOrigin : call.origin;
  if (origin !== null) headers.origin = origin;
  // A Buffer, so Playwright sends the bytes as they are (it JSON-encodes a string that is not valid JSON).
  const data = Buffer.from(call.raw ?? JSON.stringify(call.body ?? answerBody(q(0))));
  return api.post(`/api/attempts/${call.attemptId ?? world.openAttempt}/responses`, { headers, data, maxRedirects: 0 });
}

/** The response is {ok: false, error} with this status and a message a person can read. */
async function expectJsonRefusal(
  res: Reply,
  status: number,
  message?: RegExp,
): Promise<{ error: string; fieldErrors: Record<string, string[]> }> {
  const text = await res.text();
  expect(res.status(), text).toBe(status);
  expect(res.headers()["content-type"]).toContain("application/json");
  const json = JSON.parse(text) as { ok: boolean; error: string; fieldErrors: Record<string, string[]> };
  expect(json.ok).toBe(false);
  expect(typeof json.error).toBe("string");
  expect(json.error.length).toBeGreaterThan(5);
  expect(json.error).not.toMatch(/prisma|stack|TypeError|at \w+ \(/i);
  if (message) expect(json.error).toMatch(message);
  return json;
}

test.describe("POST /api/attempts/<id>/responses", () => {
  test("a well-formed answer from the attempt's owner is stored (the control)", async () => {
    const { choices } = await answersOf(q(0));
    const body = {
      questionId: q(0),
      idempotencyKey: randomUUID(),
      answer: { kind: "single-choice", choice: choices[0] ?? "" },
    };
    const before = await rowCounts();
    const res = await postAnswer({ attemptId: world.goodAttempt, body });
    expect(res.status(), await res.text()).toBe(200);
    expect(((await res.json()) as { ok: boolean }).ok).toBe(true);
    expect((await rowCounts()).responses).toBe(before.responses + 1);
  });

  test("wrong types, missing fields and extra fields are 400 with field errors", async () => {
    const good = answerBody(q(0));
    const bodies: [string, unknown, string][] = [
      ["questionId as a number", { ...good, questionId: 42 }, "questionId"],
      ["answer as a string", { ...good, answer: "Russia" }, "answer"],
      ["a key that is not a UUID", { ...good, idempotencyKey: "1" }, "idempotencyKey"],
      ["an answer of an unknown kind", { ...good, answer: { kind: "essay", text: "x" } }, "answer.kind"],
      ["no answer", { questionId: good.questionId, idempotencyKey: good.idempotencyKey }, "answer"],
      ["no questionId", { idempotencyKey: good.idempotencyKey, answer: good.answer }, "questionId"],
      ["an extra field", { ...good, correct: true }, "_form"],
      ["an extra field in the answer", { ...good, answer: { ...good.answer, score: 1 } }, "answer"],
      ["attemptId in the body", { ...good, attemptId: world.bobAttempt }, "_form"],
      ["a list", [good], "_form"],
      ["null", null, "_form"],
    ];
    for (const [label, body, field] of bodies) {
      await expectNothingWritten(async () => {
        const json = await expectJsonRefusal(await postAnswer({ raw: JSON.stringify(body) }), 400, /not valid/);
        expect(Object.keys(json.fieldErrors), label).toContain(field);
      });
    }
  });

  test("__proto__ keys are refused and pollute nothing", async () => {
    const good = answerBody(q(0));
    for (const raw of [
      `{"questionId":"${good.questionId}","idempotencyKey":"${good.idempotencyKey}","answer":{"kind":"single-choice","choice":"x"},"__proto__":{"ok":true}}`,
      `{"questionId":"${good.questionId}","idempotencyKey":"${good.idempotencyKey}","answer":{"kind":"single-choice","choice":"x","__proto__":{"correct":true}}}`,
      `{"constructor":{"prototype":{"polluted":true}}}`,
    ]) {
      await expectNothingWritten(async () => expectJsonRefusal(await postAnswer({ raw }), 400));
    }
    // The next good request still works: nothing leaked into the server's objects.
    const res = await postAnswer({ attemptId: world.goodAttempt, body: answerBody(q(1)) });
    expect(res.status()).toBe(200);
    expect(await res.json()).not.toHaveProperty("polluted");
  });

  test("generated junk bodies are all refused with 4xx JSON and write nothing", async () => {
    const junkBody = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }),
      fc.record(
        { questionId: fc.jsonValue(), idempotencyKey: fc.jsonValue(), answer: fc.jsonValue() },
        { requiredKeys: [] },
      ),
      fc
        .record(
          {
            kind: fc.constantFrom("single-choice", "multi-select", "true-false", "ordering", "matching"),
            choice: fc.jsonValue(),
            choices: fc.jsonValue(),
            value: fc.jsonValue(),
          },
          { requiredKeys: ["kind"] },
        )
        .map((answer) => ({ questionId: "q", idempotencyKey: randomUUID(), answer, extra: 1 })),
    );
    const before = await rowCounts();
    await fc.assert(
      fc.asyncProperty(junkBody, async (body) => {
        const res = await postAnswer({ raw: JSON.stringify(body) });
        expect(res.status(), JSON.stringify(body)).toBeGreaterThanOrEqual(400);
        expect(res.status(), JSON.stringify(body)).toBeLessThan(500);
        expect(((await res.json()) as { ok: boolean }).ok).toBe(false);
      }),
      { numRuns: 40, seed: 7 },
    );
    expect(await rowCounts()).toEqual(before);
  });

  test("a body over 16 KB is 413, whatever it holds", async () => {
    const big = { ...answerBody(q(0)), answer: { kind: "single-choice", choice: "x".repeat(17 * 1024) } };
    await expectNothingWritten(async () =>
      expectJsonRefusal(await postAnswer({ body: big }), 413, /larger than 16384 bytes/),
    );
    await expectNothingWritten(async () => expectJsonRefusal(await postAnswer({ raw: `"${"é".repeat(9000)}"` }), 413));
  });

  test("a body that is not JSON is 415, and malformed JSON is 400", async () => {
    const json = JSON.stringify(answerBody(q(0)));
    // Issue 7: any type that merely started with "application/json" (application/jsonp, ...) was read as JSON.
    for (const contentType of [
      "text/plain",
      "application/x-www-form-urlencoded",
      "text/json",
      "application/jsonp",
      "application/json-seq",
      null,
    ]) {
      await expectNothingWritten(async () =>
        expectJsonRefusal(await postAnswer({ raw: json, contentType }), 415, /application\/json/),
      );
    }
    for (const raw of ["{", `{"questionId":`, "{'questionId': 'x'}", "undefined", "", "\u0000"]) {
      await expectNothingWritten(async () => expectJsonRefusal(await postAnswer({ raw }), 400, /not valid JSON/));
    }
  });

  test("an unknown attempt and another learner's attempt are the same 404", async () => {
    const unknown = await expectNothingWritten(async () =>
      expectJsonRefusal(await postAnswer({ attemptId: "no-such-attempt" }), 404),
    );
    const others = await expectNothingWritten(async () =>
      expectJsonRefusal(await postAnswer({ attemptId: world.bobAttempt }), 404),
    );
    // Same answer either way, so attempt ids cannot be probed.
    expect(others.error).toBe(unknown.error);
    await expectNothingWritten(async () =>
      expectJsonRefusal(await postAnswer({ attemptId: encodeURIComponent("bad id!") }), 404),
    );
  });

  test("a question that is not in the attempt is 404", async () => {
    for (const questionId of [
      "no-such-question",
      (await loadServableBank(e2eDb())).find((x) => !world.questionIds.includes(x.id))?.id ?? "x",
    ]) {
      await expectNothingWritten(async () =>
        expectJsonRefusal(await postAnswer({ body: answerBody(questionId) }), 404, /not part of this quiz/),
      );
    }
  });

  test("an answer to a finished attempt is 409", async () => {
    await expectNothingWritten(async () =>
      expectJsonRefusal(await postAnswer({ attemptId: world.finishedAttempt }), 409, /already finished/),
    );
  });

  test("no session, an expired session and a forged cookie are 401", async () => {
    await expectNothingWritten(async () => expectJsonRefusal(await postAnswer({ cookie: null }), 401, /Sign in/));

    const [token, signature] = decodeURIComponent(world.ada.cookie.split("=")[1] ?? "").split(".");
    const forged = [
      signedSessionCookie(token ?? "", "not-the-server-secret-0123456789abcdef"),
      `better-auth.session_token=${encodeURIComponent(`${token}.${signature?.replace(/^./, (c) => (c === "A" ? "B" : "A"))}`)}`,
      `better-auth.session_token=${token}`,
      signedSessionCookie("no-such-session-token", e2eAuthSecret()),
    ];
    for (const cookie of forged) {
      await expectNothingWritten(async () => expectJsonRefusal(await postAnswer({ cookie }), 401));
    }

    const stale = await createE2eUser("LEARNER", "bad-input-stale");
    const staleAttempt = await createAttempt(e2eDb(), {
      userId: stale.userId,
      questionIds: world.questionIds,
      mode: "practice",
      config: {},
      now: new Date(),
    });
    await e2eDb().session.update({ where: { token: stale.token }, data: { expiresAt: new Date(Date.now() - 60_000) } });
    // better-auth deletes an expired session when it sees it: that row may go, nothing else changes.
    await expectNothingWritten(
      async () => expectJsonRefusal(await postAnswer({ attemptId: staleAttempt, cookie: stale.cookie }), 401),
      ["sessions"],
    );
  });

  test("a post from another origin is 403", async () => {
    for (const origin of [EVIL, "null", `${new URL(appOrigin).protocol}//localhost.evil.example`]) {
      await expectNothingWritten(async () => expectJsonRefusal(await postAnswer({ origin }), 403, /Cross-origin/));
    }
  });
});

// ---------- Route handlers ----------

test.describe("route handlers", () => {
  test("/api/health answers GET, and 405 to anything else", async () => {
    const res = await api.get("/api/health");
    expect(res.status()).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok" });
    for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
      await expectNothingWritten(async () =>
        expect((await api.fetch("/api/health", { method, data: "{}" })).status(), method).toBe(405),
      );
    }
  });

  test("teacher exports: 401 signed out, 403 for a learner, 404 for another teacher, 400 for a bad format", async () => {
    const setExport = `/teach/sets/${world.setId}/export?format=gift`;
    const csvExport = `/teach/assignments/${world.assignmentId}/export.csv`;
    const get = (path: string, cookie?: string) => api.get(path, { headers: cookie ? { cookie } : {} });
    const expectJsonError = async (res: Reply, status: number) => {
      expect(res.status(), await res.text()).toBe(status);
      const json = (await res.json()) as { error?: unknown };
      expect(typeof json.error).toBe("string");
    };

    // The controls: the owner gets both files.
    expect((await get(setExport, world.owner.cookie)).status()).toBe(200);
    const csv = await get(csvExport, world.owner.cookie);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");

    await expectNothingWritten(async () => {
      for (const path of [setExport, csvExport]) {
        await expectJsonError(await get(path), 401);
        await expectJsonError(await get(path, world.ada.cookie), 403);
        await expectJsonError(await get(path, world.rival.cookie), 404);
      }
      for (const format of ["", "pdf", "GIFT", "../gift", "gift&format=qti", "x".repeat(5000)]) {
        await expectJsonError(
          await get(`/teach/sets/${world.setId}/export?format=${encodeURIComponent(format)}`, world.owner.cookie),
          400,
        );
      }
      await expectJsonError(await get(`/teach/sets/${world.setId}/export`, world.owner.cookie), 400);
      await expectJsonError(await get(`/teach/sets/no-such-set/export?format=gift`, world.owner.cookie), 404);
      await expectJsonError(await get(`/teach/assignments/no-such-assignment/export.csv`, world.owner.cookie), 404);
    });
  });
});

// ---------- Server actions, posted by hand ----------

test.describe("server actions over HTTP", () => {
  const call = (c: ActionCall): Promise<ActionOutcome> => postAction(api, appOrigin, c);

  function expectRefusedWith(outcome: ActionOutcome, message: RegExp): void {
    expect(isRefused(outcome), outcome.body).toBe(true);
    expect(outcome.threw, `the action failed instead of refusing: ${outcome.body}`).toBe(false);
    expect(outcome.status).toBe(200);
    expect((outcome.result as { error?: string }).error).toMatch(message);
  }

  test("the controls: a good answer and a good new set go through", async () => {
    const { choices } = await answersOf(q(2));
    const answered = await call({
      page: `/quiz/${world.goodAttempt}`,
      action: "submitAnswerAction",
      cookie: world.ada.cookie,
      args: [
        {
          attemptId: world.goodAttempt,
          questionId: q(2),
          idempotencyKey: randomUUID(),
          answer: { kind: "single-choice", choice: choices[0] ?? "" },
        },
      ],
    });
    expect(answered.result, answered.body).toMatchObject({ ok: true });

    const before = await rowCounts();
    const created = await call({
      page: "/teach/sets/new",
      action: "createSetAction",
      cookie: world.owner.cookie,
      form: { title: "Made by hand" },
    });
    expect(created.redirect, created.body).toMatch(/^\/teach\/sets\//);
    expect((await rowCounts()).questionSets).toBe(before.questionSets + 1);
  });

  test("submitAnswerAction refuses an unknown question, another learner's attempt and huge or odd payloads", async () => {
    const submit = (cookie: string, input: unknown, raw?: string) =>
      call({
        page: `/quiz/${world.openAttempt}`,
        action: "submitAnswerAction",
        cookie,
        ...(raw === undefined ? { args: [input] } : { raw }),
      });
    const input = (over: Record<string, unknown>) => ({
      attemptId: world.openAttempt,
      questionId: q(0),
      idempotencyKey: randomUUID(),
      answer: { kind: "single-choice", choice: "Russia" },
      ...over,
    });

    await expectNothingWritten(async () => {
      expectRefusedWith(
        await submit(world.ada.cookie, input({ questionId: "no-such-question" })),
        /not part of this quiz/,
      );
      expectRefusedWith(
        await submit(world.ada.cookie, input({ attemptId: world.bobAttempt })),
        /does not exist or is not yours/,
      );
      expectRefusedWith(await submit(world.bob.cookie, input({})), /does not exist or is not yours/);
      expectRefusedWith(
        await submit(world.ada.cookie, input({ answer: { kind: "single-choice", choice: "x".repeat(200_000) } })),
        /correct the highlighted fields/,
      );
      expectRefusedWith(
        await submit(world.ada.cookie, input({ answer: { kind: "single-choice", choice: "x", correct: true } })),
        /correct the highlighted fields/,
      );
      expectRefusedWith(
        await submit(world.ada.cookie, input({ attemptId: "../../etc" })),
        /correct the highlighted fields/,
      );
      // Issue 7: a BigInt ("$n" in React's encoding) made the length check throw, a 500.
      const bigint = JSON.stringify([input({})]).replace('{"kind":"single-choice","choice":"Russia"}', '"$n10"');
      expectRefusedWith(await submit(world.ada.cookie, null, bigint), /correct the highlighted fields/);
      const bigintInside = JSON.stringify([input({})]).replace('"choice":"Russia"', '"choice":"$n10"');
      expectRefusedWith(await submit(world.ada.cookie, null, bigintInside), /correct the highlighted fields/);
      // Over Next's 1 MB limit for an action body: refused before the action runs.
      const tooBig = await submit(
        world.ada.cookie,
        input({ answer: { kind: "single-choice", choice: "x".repeat(1_200_000) } }),
      );
      expect(isRefused(tooBig)).toBe(true);
      expect(tooBig.status).toBeGreaterThanOrEqual(400);
    });
  });

  test("sign-up with role ADMIN is refused and creates no account", async () => {
    const email = uniqueEmail("admin");
    await expectNothingWritten(async () => {
      for (const role of ["ADMIN", "admin", "TEACHER "]) {
        const outcome = await call({
          page: "/sign-up",
          action: "signUpAction",
          cookie: "",
          form: { name: "Mallory", email, password: "a-long-enough-password", role },
        });
        expectRefusedWith(outcome, /correct the highlighted fields/);
        expect((outcome.result as { fieldErrors: Record<string, unknown> }).fieldErrors).toHaveProperty("role");
      }
      const extra = await call({
        page: "/sign-up",
        action: "signUpAction",
        form: { name: "Mallory", email, password: "a-long-enough-password", isAnonymous: "true" },
      });
      expectRefusedWith(extra, /correct the highlighted fields/);
    });
    expect(await e2eDb().user.count({ where: { email } })).toBe(0);
  });

  test("teacher actions from a learner's session are refused", async () => {
    const cookie = world.ada.cookie;
    await expectNothingWritten(async () => {
      expectRefusedWith(
        await call({ page: "/teach/sets/new", action: "createSetAction", cookie, form: { title: "Learner's set" } }),
        /Only teachers/,
      );
      expectRefusedWith(
        await call({
          page: `/teach/classes/${world.classId}`,
          action: "removeLearnerAction",
          cookie,
          form: { classId: world.classId, learnerId: world.ada.userId },
        }),
        /Only teachers/,
      );
      expectRefusedWith(
        await call({ page: "/teach/reports", action: "hideQuestionAction", cookie, form: { questionId: q(0) } }),
        /Only teachers/,
      );
      expectRefusedWith(
        await call({
          page: "/teach/classes/new",
          action: "createClassAction",
          cookie,
          form: { name: "Learner's class" },
        }),
        /Only teachers/,
      );
      expectRefusedWith(
        await call({ page: "/teach/reports", action: "hideQuestionAction", cookie: "", form: { questionId: q(0) } }),
        /sign in/i,
      );
    });
  });

  test("teacher actions on another teacher's class and set are refused as not found", async () => {
    const cookie = world.rival.cookie;
    const setPage = `/teach/sets/${world.setId}`;
    await expectNothingWritten(async () => {
      expectRefusedWith(
        await call({
          page: `/teach/classes/${world.classId}`,
          action: "removeLearnerAction",
          cookie,
          form: { classId: world.classId, learnerId: world.ada.userId },
        }),
        /does not exist or is not yours/,
      );
      expectRefusedWith(
        await call({
          page: setPage,
          action: "updateSetAction",
          cookie,
          form: { setId: world.setId, title: "Taken over", feedback: "immediate", attemptsAllowed: "3" },
        }),
        /does not exist or is not yours/,
      );
      expectRefusedWith(
        await call({
          page: setPage,
          action: "removeSetQuestionAction",
          cookie,
          form: { setId: world.setId, questionId: q(0) },
        }),
        /does not exist or is not yours/,
      );
      expectRefusedWith(
        await call({
          page: setPage,
          action: "createAssignmentAction",
          cookie,
          form: { setId: world.setId, classId: world.classId, opensAt: "2030-01-01T09:00", dueAt: "2030-01-08T09:00" },
        }),
        /does not exist or is not yours/,
      );
      // The bank is shared by the school, so any teacher may hide a question; an unknown one is still refused.
      expectRefusedWith(
        await call({
          page: "/teach/reports",
          action: "hideQuestionAction",
          cookie,
          form: { questionId: "no-such-question" },
        }),
        /does not exist/,
      );
    });
    expect((await e2eDb().questionSet.findUniqueOrThrow({ where: { id: world.setId } })).title).toBe("Bad input set");
  });

  test("tampered teacher forms are refused with field errors, not a server error", async () => {
    const cookie = world.owner.cookie;
    const setPage = `/teach/sets/${world.setId}`;
    await expectNothingWritten(async () => {
      // Issue 7: an empty or impossible date made the due-after-opening check throw (a 500).
      for (const [opensAt, dueAt] of [
        ["", "2030-01-08T09:00"],
        ["2030-02-30T09:00", "2030-03-08T09:00"],
        ["2030-01-01T09:00", "soon"],
      ]) {
        expectRefusedWith(
          await call({
            page: setPage,
            action: "createAssignmentAction",
            cookie,
            form: { setId: world.setId, classId: world.classId, opensAt: opensAt ?? "", dueAt: dueAt ?? "" },
          }),
          /correct the highlighted fields/,
        );
      }
      expectRefusedWith(
        await call({
          page: setPage,
          action: "updateSetAction",
          cookie,
          form: { setId: world.setId, title: "x", feedback: "immediate", attemptsAllowed: "1e9" },
        }),
        /correct the highlighted fields/,
      );
      expectRefusedWith(
        await call({ page: "/teach/sets/new", action: "createSetAction", cookie, form: { title: "y".repeat(5000) } }),
        /correct the highlighted fields/,
      );
      expectRefusedWith(
        await call({
          page: "/teach/sets/new",
          action: "createSetAction",
          cookie,
          form: { title: "ok", ownerId: world.rival.userId },
        }),
        /correct the highlighted fields/,
      );
    });
  });

  test("an action posted from another site is refused by Next and writes nothing", async () => {
    await expectNothingWritten(async () => {
      const created = await call({
        page: "/teach/sets/new",
        action: "createSetAction",
        cookie: world.owner.cookie,
        origin: EVIL,
        form: { title: "Cross-site set" },
      });
      expect(isRefused(created), created.body).toBe(true);
      expect(created.status).toBeGreaterThanOrEqual(400);
      const answered = await call({
        page: `/quiz/${world.openAttempt}`,
        action: "submitAnswerAction",
        cookie: world.ada.cookie,
        origin: EVIL,
        args: [
          {
            attemptId: world.openAttempt,
            questionId: q(0),
            idempotencyKey: randomUUID(),
            answer: { kind: "single-choice", choice: "Russia" },
          },
        ],
      });
      expect(isRefused(answered), answered.body).toBe(true);
      expect(answered.status).toBeGreaterThanOrEqual(400);
    });
  });
});

// ---------- Sign-in limit and headers ----------

// Issue 7: run after the route handlers above on a fresh server, this caught every wrong
// password crashing the sign-in (and so never counting towards the limit): the shared
// auth instance had been made by a route handler's copy of better-auth.
test("after 5 failed sign-ins for one email, even the right password gets 'Too many failed sign-ins'", async ({
  page,
}) => {
  const email = uniqueEmail("limit");
  const password = "the-right-password";
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Rate Limited");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.context().clearCookies();

  const tryPassword = async (attempt: string) => {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(attempt);
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/sign-in"),
      page.getByRole("button", { name: "Sign in" }).click(),
    ]);
  };
  await page.goto("/sign-in");
  const alert = page.getByRole("main").getByRole("alert");
  for (let i = 1; i <= 5; i++) {
    await tryPassword(`wrong-password-${i}`);
    await expect(alert).toContainText("Wrong email or password.");
    // A refused sign-in keeps the email typed (a form action would reset it).
    await expect(page.getByLabel("Email")).toHaveValue(email);
  }
  // The limits count in clock-aligned windows: five guesses that straddle a minute boundary are split across two
  // minute windows, and the 15-minute tier (10 guesses) takes over. Guess on until a limit answers, as a guesser would.
  for (let i = 6; i <= 11 && !/Too many failed sign-ins/.test(await alert.innerText()); i++) {
    await tryPassword(`wrong-password-${i}`);
    await expect(alert).toContainText(/Wrong email or password\.|Too many failed sign-ins/);
  }
  const sessionsBefore = await e2eDb().session.count();
  await tryPassword(password);
  await expect(alert).toContainText(/Too many failed sign-ins\. Try again in \d+ (seconds?|minutes?)\./);
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
  expect(await e2eDb().session.count()).toBe(sessionsBefore);
});

test("a page carries a nonce CSP that forbids framing, and the other security headers", async () => {
  const first = await api.get("/");
  expect(first.status()).toBe(200);
  const headers = first.headers();
  const csp = headers["content-security-policy"] ?? "";
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
  expect(nonce, csp).toBeTruthy();
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  // The page's scripts carry the same nonce, and the next response gets a fresh one.
  const html = await first.text();
  const scriptNonces = [...html.matchAll(/<script[^>]*\snonce="([^"]+)"/g)].map((m) => m[1]);
  expect(scriptNonces.length).toBeGreaterThan(0);
  expect(new Set(scriptNonces)).toEqual(new Set([nonce]));
  const second = await api.get("/");
  expect(second.headers()["content-security-policy"]).not.toContain(`'nonce-${nonce}'`);
  expect(second.headers()["x-request-id"]).not.toBe(headers["x-request-id"]);
});

// Sign-in guessing over real HTTP (issue 13). The e2e server trusts one proxy,
// 127.0.0.2 (TRUSTED_PROXIES in playwright.config.ts). Requests here are sent
// from a chosen loopback source address: from 127.0.0.2 they come "through the
// school's proxy", whose X-Forwarded-For names the client; from 127.0.0.3 they
// come from an untrusted client, whose X-Forwarded-For must change nothing.
// Every test picks its own client addresses, so no test's guesses slow another's.
import { randomUUID } from "node:crypto";
import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { hashPassword } from "better-auth/crypto";
import { deviceCookieName } from "../../lib/auth/device-cookie";
import { uniqueEmail } from "./support/accounts";
import { e2eDb } from "./support/db";
import { actionId, readOutcome, type ActionOutcome } from "./support/server-actions";
import { e2eAuthSecret } from "./support/users";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const PROXY = "127.0.0.2";
/**
 * The report form lives on a quiz attempt's page: its action is posted there. (Posted to a page without it, Next
 * forwards the request to itself over loopback, and the forwarded copy carries the loopback address, not the client's.)
 */
const REPORT_PAGE = "/quiz/any-attempt";
const STRANGER = "127.0.0.3";

/** A client address of its own for each caller, as the proxy would name it. */
function schoolAddress(): string {
  const n = randomUUID().replace(/-/g, "");
  return `203.0.${parseInt(n.slice(0, 2), 16)}.${parseInt(n.slice(2, 4), 16)}`;
}

type Attempt = { from: string; email: string; password: string; forwardedFor?: string; cookie?: string };
type Sent = ActionOutcome & { setCookies: string[] };

/** Posts the sign-in form's action as a browser would, from the loopback address `from`. */
async function signInOver(a: Attempt): Promise<Sent> {
  const form = new FormData();
  form.append("_1_email", a.email);
  form.append("_1_password", a.password);
  form.append("0", JSON.stringify([{ ok: false, error: "", fieldErrors: {} }, "$K1"]));
  const encoded = new Request("http://localhost/", { method: "POST", body: form });
  const body = Buffer.from(await encoded.arrayBuffer());
  const origin = `http://localhost:${PORT}`;
  const headers: Record<string, string> = {
    "content-type": encoded.headers.get("content-type") ?? "",
    "content-length": String(body.length),
    "next-action": actionId("signInAction"),
    accept: "text/x-component",
    origin,
    host: `localhost:${PORT}`,
  };
  if (a.forwardedFor) headers["x-forwarded-for"] = a.forwardedFor;
  if (a.cookie) headers.cookie = a.cookie;
  const reply = await new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    text: string;
  }>((resolve, reject) => {
    const req = httpRequest(
      { host: "127.0.0.1", port: PORT, path: "/sign-in", method: "POST", headers, localAddress: a.from },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString("utf8") }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
  const flat = Object.fromEntries(
    Object.entries(reply.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join("\n") : (v ?? "")]),
  );
  const outcome = await readOutcome({
    status: () => reply.status,
    headers: () => flat,
    text: async () => reply.text,
    json: async () => JSON.parse(reply.text) as unknown,
  });
  const setCookies = ([] as string[]).concat(reply.headers["set-cookie"] ?? []);
  return { ...outcome, setCookies };
}

async function createAccount(label: string, password: string): Promise<string> {
  const email = uniqueEmail(label);
  const id = randomUUID();
  await e2eDb().user.create({
    data: {
      id,
      name: label,
      email,
      emailVerified: true,
      role: "LEARNER",
      accounts: {
        create: { id: randomUUID(), accountId: id, providerId: "credential", password: await hashPassword(password) },
      },
    },
  });
  return email;
}

function messageOf(outcome: ActionOutcome): string {
  if (outcome.redirect !== undefined) return "signed in";
  expect(outcome.status, outcome.body).toBeLessThan(500);
  const result = outcome.result as { ok?: boolean; error?: string } | undefined;
  return result?.error ?? `no result: ${outcome.body.slice(0, 200)}`;
}

/** The per-minute window is a fixed one: start a burst early in a minute so it falls in one window. */
async function startOfAWindow(): Promise<void> {
  const second = new Date().getUTCSeconds();
  if (second > 45) await new Promise((resolve) => setTimeout(resolve, (61 - second) * 1000));
}

test.describe.configure({ timeout: 120_000 });

test("20 parallel wrong guesses count as 20: exactly 5 get their password checked, and the right one then waits", async () => {
  const password = "the owner's long passphrase";
  const email = await createAccount("parallel", password);
  const address = schoolAddress();
  await startOfAWindow();
  const outcomes = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      signInOver({ from: PROXY, email, password: `wrong guess number ${i}`, forwardedFor: address }),
    ),
  );
  const messages = outcomes.map(messageOf);
  expect(messages.filter((m) => m === "Wrong email or password.")).toHaveLength(5);
  expect(
    messages.filter((m) => /^Too many failed sign-ins\. Try again in \d+ (seconds?|minutes?)\.$/.test(m)),
  ).toHaveLength(15);
  const rows = await e2eDb().rateLimit.findMany({ where: { key: { startsWith: `sign-in:account:${email}@` } } });
  // Each tier (a minute, 15 minutes, an hour, a day) counted all 20.
  expect(rows.map((r) => r.count)).toEqual([20, 20, 20, 20]);
  // The right password from a browser the account has never used waits too: the guesses were real.
  expect(messageOf(await signInOver({ from: PROXY, email, password, forwardedFor: address }))).toMatch(
    /^Too many failed sign-ins/,
  );
});

test("an untrusted client's X-Forwarded-For changes nothing; the trusted proxy's names the client", async () => {
  const spoofed: string[] = [];
  await startOfAWindow();
  // Wrong passwords for 31 different emails (so no account's own limit is reached), each with a new X-Forwarded-For.
  const outcomes: string[] = [];
  for (let i = 0; i < 31; i++) {
    const forwardedFor = schoolAddress();
    spoofed.push(forwardedFor);
    outcomes.push(
      messageOf(
        await signInOver({
          from: STRANGER,
          email: uniqueEmail("spoof"),
          password: "not a real password",
          forwardedFor,
        }),
      ),
    );
  }
  // All 31 counted on the socket's address (127.0.0.3), whose limit is 30 a minute.
  expect(outcomes.slice(0, 30).every((m) => m === "Wrong email or password.")).toBe(true);
  expect(outcomes[30]).toMatch(/^Too many failed sign-ins/);
  const keys = (
    await e2eDb().rateLimit.findMany({ where: { key: { startsWith: "sign-in:address:" } }, select: { key: true } })
  ).map((r) => r.key);
  for (const address of spoofed) expect(keys.some((k) => k.includes(address))).toBe(false);
  expect(keys.some((k) => k.startsWith("sign-in:address:127.0.0.3@"))).toBe(true);

  // The control: the same through the trusted proxy is counted per named client, so 31 clients are not slowed down.
  for (let i = 0; i < 31; i++) {
    const forwardedFor = schoolAddress();
    expect(
      messageOf(
        await signInOver({ from: PROXY, email: uniqueEmail("proxied"), password: "not a real password", forwardedFor }),
      ),
    ).toBe("Wrong email or password.");
    expect(await e2eDb().rateLimit.count({ where: { key: { startsWith: `sign-in:address:${forwardedFor}@` } } })).toBe(
      2,
    );
  }
});

/**
 * The limits count in fixed windows, and the minute's and the quarter hour's end together at :00, :15, :30 and :45:
 * guesses straddling that instant are counted in fresh windows (a CI run failed so at 18:30:00). A test of a few
 * seconds starts clear of it.
 */
async function clearOfQuarterHour(): Promise<void> {
  const toNext = 900_000 - (Date.now() % 900_000);
  if (toNext < 15_000) await new Promise((resolve) => setTimeout(resolve, toNext + 250));
}

test("the owner, on a browser used before and from the same address as the guesser, still gets in", async () => {
  await clearOfQuarterHour();
  const password = "owner keeps a good passphrase";
  const email = await createAccount("owner", password);
  const school = schoolAddress();

  // Monday: the owner signs in from the school, and the browser keeps a device cookie.
  const device = await deviceCookieFor(email, password, school);

  // Tuesday: someone at the same school guesses, many times, in parallel.
  const guesses = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      signInOver({ from: PROXY, email, password: `guess ${i}`, forwardedFor: school }),
    ),
  );
  expect(guesses.map(messageOf).filter((m) => m.startsWith("Too many failed sign-ins")).length).toBeGreaterThanOrEqual(
    14,
  );
  // The right password from a browser the account never used must wait…
  expect(messageOf(await signInOver({ from: PROXY, email, password, forwardedFor: school }))).toMatch(
    /^Too many failed sign-ins/,
  );
  // …but the owner's own browser gets in at once.
  const owner = await signInOver({ from: PROXY, email, password, forwardedFor: school, cookie: device });
  expect(owner.redirect, owner.body).toMatch(/^\/(;|$)/);
  // A device cookie is bound to its account: presented for another account it is ignored.
  const otherEmail = await createAccount("other", password);
  // 11 guesses: over the minute's limit and the quarter hour's, so the wait holds even across a minute's end.
  await Promise.all(
    Array.from({ length: 11 }, (_, i) =>
      signInOver({ from: PROXY, email: otherEmail, password: `guess ${i}`, forwardedFor: school }),
    ),
  );
  const borrowed = device.replace(/^[^=]+=/, `${deviceCookieName(e2eAuthSecret(), otherEmail)}=`);
  expect(
    messageOf(await signInOver({ from: PROXY, email: otherEmail, password, forwardedFor: school, cookie: borrowed })),
  ).toMatch(/^Too many failed sign-ins/);
});

/** Signs in from the owner's browser and returns the device cookie it was given, as a Cookie header. */
async function deviceCookieFor(email: string, password: string, forwardedFor: string): Promise<string> {
  const outcome = await signInOver({ from: PROXY, email, password, forwardedFor });
  expect(outcome.redirect, outcome.body).toMatch(/^\/(;|$)/);
  const device = outcome.setCookies.find((c) => c.startsWith("sourced-device-"));
  expect(device, outcome.setCookies.join("\n")).toBeDefined();
  expect(device).toMatch(/;\s*HttpOnly/i);
  expect(device).toMatch(/;\s*SameSite=Lax/i);
  return (device ?? "").split(";")[0] ?? "";
}

/** Posts an action with no arguments (or a form) from `from`, as a browser would; returns status, outcome and cookies. */
async function postFrom(
  from: string,
  o: { action: string; page: string; form?: Record<string, string>; forwardedFor?: string; cookie?: string },
): Promise<Sent> {
  const form = new FormData();
  for (const [k, v] of Object.entries(o.form ?? {})) form.append(`_1_${k}`, v);
  form.append("0", JSON.stringify(o.form ? [{ ok: false, error: "", fieldErrors: {} }, "$K1"] : []));
  const encoded = new Request("http://localhost/", { method: "POST", body: form });
  const body = Buffer.from(await encoded.arrayBuffer());
  const headers: Record<string, string> = {
    "content-type": encoded.headers.get("content-type") ?? "",
    "content-length": String(body.length),
    "next-action": actionId(o.action),
    accept: "text/x-component",
    origin: `http://localhost:${PORT}`,
    host: `localhost:${PORT}`,
  };
  if (o.forwardedFor) headers["x-forwarded-for"] = o.forwardedFor;
  if (o.cookie) headers.cookie = o.cookie;
  const reply = await new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    text: string;
  }>((resolve, reject) => {
    const req = httpRequest(
      { host: "127.0.0.1", port: PORT, path: o.page, method: "POST", headers, localAddress: from },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString("utf8") }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
  const flat = Object.fromEntries(
    Object.entries(reply.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join("\n") : (v ?? "")]),
  );
  const outcome = await readOutcome({
    status: () => reply.status,
    headers: () => flat,
    text: async () => reply.text,
    json: async () => JSON.parse(reply.text) as unknown,
  });
  return { ...outcome, setCookies: ([] as string[]).concat(reply.headers["set-cookie"] ?? []) };
}

test("a guest's old cookie, after the guest signed in, gets a new guest or a refusal: never a 500", async () => {
  const school = schoolAddress();
  const started = await postFrom(PROXY, { action: "startStudyingAction", page: "/flashcards", forwardedFor: school });
  expect(started.redirect).toMatch(/^\/flashcards/);
  const guestCookie = started.setCookies.find((c) => c.includes("session_token="))?.split(";")[0] ?? "";
  expect(guestCookie).toContain("better-auth.session_token=");
  const guest = await e2eDb().session.findFirstOrThrow({
    where: { token: decodeURIComponent(guestCookie.split("=")[1] ?? "").split(".")[0] ?? "" },
  });

  const password = "a guest becomes an owner";
  const email = await createAccount("merged", password);
  const signedIn = await signInOver({ from: PROXY, email, password, forwardedFor: school, cookie: guestCookie });
  expect(signedIn.redirect, signedIn.body).toMatch(/^\/(;|$)/);
  // The guest was merged into the account and is gone.
  expect(await e2eDb().user.count({ where: { id: guest.userId } })).toBe(0);

  // Writes and pages with the old cookie: a fresh guest, or a refusal, and never a server error.
  const again = await postFrom(PROXY, {
    action: "startStudyingAction",
    page: "/flashcards",
    forwardedFor: school,
    cookie: guestCookie,
  });
  expect(again.status, again.body).toBeLessThan(500);
  expect(again.threw).toBe(false);
  const [questionId] = (await e2eDb().question.findMany({ take: 1, select: { id: true } })).map((q) => q.id);
  const report = await postFrom(PROXY, {
    action: "reportQuestionAction",
    page: REPORT_PAGE,
    forwardedFor: school,
    cookie: guestCookie,
    form: { questionId: questionId ?? "", message: "The quote is cut short." },
  });
  expect(report.status, report.body).toBeLessThan(500);
  expect(report.threw).toBe(false);
});

/**
 * The newest fixed window of a per-client limit (lib/db/rate-limit.ts keys rows "<key>@<windowMs>:<index>"). A burst
 * may straddle two windows, so the tests below judge the window the refusal fell in rather than the whole burst.
 */
async function newestWindow(key: string, windowMs: number): Promise<{ count: number; start: Date }> {
  const rows = await e2eDb().rateLimit.findMany({ where: { key: { startsWith: `${key}@${windowMs}:` } } });
  const newest = rows.sort((a, b) => b.windowStart.getTime() - a.windowStart.getTime())[0];
  expect(newest, `no ${windowMs} ms window for ${key}`).toBeDefined();
  return { count: newest?.count ?? 0, start: newest?.windowStart ?? new Date(0) };
}

const TEN_MINUTES = 600_000;

test("guest sessions and question reports are limited per client", async () => {
  const school = schoolAddress();
  const [questionId] = (await e2eDb().question.findMany({ take: 1, select: { id: true } })).map((q) => q.id);
  // Reports: 30 in a 10-minute window from one address, then a clear refusal and nothing stored.
  const tag = `report from ${school}`;
  let refusal: { ok: boolean; error?: string } | undefined;
  let sent = 0;
  // 30 fit in one window; a burst that crosses into the next window may take up to 60 before the refusal.
  while (!refusal && sent < 61) {
    const o = await postFrom(PROXY, {
      action: "reportQuestionAction",
      page: REPORT_PAGE,
      forwardedFor: school,
      form: { questionId: questionId ?? "", message: `${tag} #${sent}` },
    });
    expect(o.threw, o.body).toBe(false);
    const result = o.result as { ok: boolean; error?: string };
    if (!result.ok) refusal = result;
    sent++;
  }
  expect(refusal?.error).toMatch(
    /^Too many reports were sent from your network\. Try again in \d+ (seconds?|minutes?)\.$/,
  );
  const window = await newestWindow(`report:address:${school}`, TEN_MINUTES);
  // The refused report was the window's 31st: the 30 before it in that window were stored, and it was not.
  expect(window.count).toBe(31);
  const stored = await e2eDb().questionReport.findMany({ where: { message: { startsWith: `${tag} #` } } });
  expect(stored).toHaveLength(sent - 1);
  expect(stored.filter((r) => r.createdAt >= window.start)).toHaveLength(30);
  expect(stored.some((r) => r.message === `${tag} #${sent - 1}`)).toBe(false);

  // Guests: 60 in a 10-minute window from one address, then sign-up is the way on.
  const other = schoolAddress();
  let refused = false;
  let started = 0;
  while (!refused && started < 121) {
    const o = await postFrom(PROXY, { action: "startStudyingAction", page: "/flashcards", forwardedFor: other });
    expect(o.status, o.body).toBeLessThan(500);
    if (o.redirect?.startsWith("/sign-up")) refused = true;
    else expect(o.redirect).toMatch(/^\/flashcards/);
    started++;
  }
  expect(refused).toBe(true);
  expect(started).toBeGreaterThanOrEqual(61);
  // The refusal was the 61st start in its window.
  expect((await newestWindow(`guest:address:${other}`, TEN_MINUTES)).count).toBe(61);
});

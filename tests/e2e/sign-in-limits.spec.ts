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
  const reply = await new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }>((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port: PORT, path: "/sign-in", method: "POST", headers, localAddress: a.from }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
  const flat = Object.fromEntries(Object.entries(reply.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join("\n") : (v ?? "")]));
  const outcome = await readOutcome({ status: () => reply.status, headers: () => flat, text: async () => reply.text, json: async () => JSON.parse(reply.text) as unknown });
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
      accounts: { create: { id: randomUUID(), accountId: id, providerId: "credential", password: await hashPassword(password) } },
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
    Array.from({ length: 20 }, (_, i) => signInOver({ from: PROXY, email, password: `wrong guess number ${i}`, forwardedFor: address })),
  );
  const messages = outcomes.map(messageOf);
  expect(messages.filter((m) => m === "Wrong email or password.")).toHaveLength(5);
  expect(messages.filter((m) => /^Too many failed sign-ins\. Try again in \d+ (seconds?|minutes?)\.$/.test(m))).toHaveLength(15);
  const rows = await e2eDb().rateLimit.findMany({ where: { key: { startsWith: `sign-in:account:${email}@` } } });
  // Each tier (a minute, 15 minutes, an hour, a day) counted all 20.
  expect(rows.map((r) => r.count)).toEqual([20, 20, 20, 20]);
  // The right password from a browser the account has never used waits too: the guesses were real.
  expect(messageOf(await signInOver({ from: PROXY, email, password, forwardedFor: address }))).toMatch(/^Too many failed sign-ins/);
});

test("an untrusted client's X-Forwarded-For changes nothing; the trusted proxy's names the client", async () => {
  const spoofed: string[] = [];
  await startOfAWindow();
  // Wrong passwords for 31 different emails (so no account's own limit is reached), each with a new X-Forwarded-For.
  const outcomes: string[] = [];
  for (let i = 0; i < 31; i++) {
    const forwardedFor = schoolAddress();
    spoofed.push(forwardedFor);
    outcomes.push(messageOf(await signInOver({ from: STRANGER, email: uniqueEmail("spoof"), password: "not a real password", forwardedFor })));
  }
  // All 31 counted on the socket's address (127.0.0.3), whose limit is 30 a minute.
  expect(outcomes.slice(0, 30).every((m) => m === "Wrong email or password.")).toBe(true);
  expect(outcomes[30]).toMatch(/^Too many failed sign-ins/);
  const keys = (await e2eDb().rateLimit.findMany({ where: { key: { startsWith: "sign-in:address:" } }, select: { key: true } })).map((r) => r.key);
  for (const address of spoofed) expect(keys.some((k) => k.includes(address))).toBe(false);
  expect(keys.some((k) => k.startsWith("sign-in:address:127.0.0.3@"))).toBe(true);

  // The control: the same through the trusted proxy is counted per named client, so 31 clients are not slowed down.
  for (let i = 0; i < 31; i++) {
    const forwardedFor = schoolAddress();
    expect(messageOf(await signInOver({ from: PROXY, email: uniqueEmail("proxied"), password: "not a real password", forwardedFor }))).toBe("Wrong email or password.");
    expect(await e2eDb().rateLimit.count({ where: { key: { startsWith: `sign-in:address:${forwardedFor}@` } } })).toBe(2);
  }
});

test("the owner, on a browser used before and from the same address as the guesser, still gets in", async () => {
  const password = "owner keeps a good passphrase";
  const email = await createAccount("owner", password);
  const school = schoolAddress();

  // Monday: the owner signs in from the school, and the browser keeps a device cookie.
  const device = await deviceCookieFor(email, password, school);

  // Tuesday: someone at the same school guesses, many times, in parallel.
  const guesses = await Promise.all(Array.from({ length: 20 }, (_, i) => signInOver({ from: PROXY, email, password: `guess ${i}`, forwardedFor: school })));
  expect(guesses.map(messageOf).filter((m) => m.startsWith("Too many failed sign-ins")).length).toBeGreaterThanOrEqual(14);
  // The right password from a browser the account never used must wait…
  expect(messageOf(await signInOver({ from: PROXY, email, password, forwardedFor: school }))).toMatch(/^Too many failed sign-ins/);
  // …but the owner's own browser gets in at once.
  const owner = await signInOver({ from: PROXY, email, password, forwardedFor: school, cookie: device });
  expect(owner.redirect, owner.body).toMatch(/^\/(;|$)/);
  // A device cookie is bound to its account: presented for another account it is ignored.
  const otherEmail = await createAccount("other", password);
  // 11 guesses: over the minute's limit and the quarter hour's, so the wait holds even across a minute's end.
  await Promise.all(Array.from({ length: 11 }, (_, i) => signInOver({ from: PROXY, email: otherEmail, password: `guess ${i}`, forwardedFor: school })));
  const borrowed = device.replace(/^[^=]+=/, `${deviceCookieName(e2eAuthSecret(), otherEmail)}=`);
  expect(messageOf(await signInOver({ from: PROXY, email: otherEmail, password, forwardedFor: school, cookie: borrowed }))).toMatch(/^Too many failed sign-ins/);
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

// Child process: signs users in through the app's own better-auth setup and
// prints their session cookies as JSON ({ [email]: "name=value" }). It runs apart
// because lib/env and lib/auth read DATABASE_URL, AUTH_SECRET and APP_URL once
// per process: the caller passes the same values as the server it will talk to.
//   echo '{"password":"...","emails":["a@b"]}' | tsx bench/sign-in.ts
import { z } from "zod";
import { auth } from "../lib/auth/auth";

const inputSchema = z.strictObject({ password: z.string().min(1), emails: z.array(z.email()).min(1) });
const COOKIE = "better-auth.session_token";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString("utf8");
}

async function signIn(email: string, password: string): Promise<string> {
  const response = await auth().api.signInEmail({ body: { email, password }, asResponse: true });
  if (!response.ok) throw new Error(`sign-in failed for ${email}: HTTP ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(";")[0] ?? "")
    .find((pair) => pair.startsWith(`${COOKIE}=`));
  if (!cookie) throw new Error(`sign-in for ${email} set no ${COOKIE} cookie`);
  return cookie;
}

const input = inputSchema.parse(JSON.parse(await readStdin()));
const cookies: Record<string, string> = {};
// One at a time: password checks are CPU-bound, so running them together gains nothing.
for (const email of input.emails) cookies[email] = await signIn(email, input.password);
process.stdout.write(`${JSON.stringify(cookies)}\n`);
process.exit(0);

// Signed-in users for load and durability tests, made straight in the database:
// a Session row and the cookie better-auth expects for it (the token, a dot and
// its HMAC-SHA256 signature with the app's secret, URL-encoded).
import { createHmac, randomBytes, randomUUID } from "node:crypto";
import type { Db } from "../../lib/db/client";

export const SESSION_COOKIE = "better-auth.session_token";

export function signedSessionCookie(token: string, secret: string): string {
  const signature = createHmac("sha256", secret).update(token).digest("base64");
  return `${SESSION_COOKIE}=${encodeURIComponent(`${token}.${signature}`)}`;
}

export async function createLearnerWithSession(
  db: Db,
  secret: string,
  label: string,
): Promise<{ userId: string; cookie: string }> {
  const { userId, cookie } = await createUserWithSession(db, secret, label, "LEARNER");
  return { userId, cookie };
}

/** A signed-in learner or teacher; the token is returned too, to find (or expire) the Session row. */
export async function createUserWithSession(
  db: Db,
  secret: string,
  label: string,
  role: "LEARNER" | "TEACHER",
): Promise<{ userId: string; email: string; token: string; cookie: string }> {
  const userId = randomUUID();
  const email = `${label}-${userId.slice(0, 8)}@example.com`;
  await db.user.create({ data: { id: userId, name: label, email, role } });
  const token = randomBytes(24).toString("base64url");
  await db.session.create({
    data: { id: randomUUID(), token, userId, expiresAt: new Date(Date.now() + 24 * 3600 * 1000) },
  });
  return { userId, email, token, cookie: signedSessionCookie(token, secret) };
}

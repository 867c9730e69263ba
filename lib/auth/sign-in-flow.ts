// Signing in with the limits of sign-in-limits.ts and the device cookies of
// device-cookie.ts. Used by the sign-in form and by sign-up (which signs the new
// account in the same way).
import "server-only";
import { cookies, headers } from "next/headers";
import { isAPIError } from "better-auth/api";
import { auth } from "./auth";
import { DEVICE_COOKIE_MAX_AGE_S, deviceCookieName, newDeviceCookieValue, verifyDeviceCookie } from "./device-cookie";
import { clientAddress, retryMessage, signInBuckets, ACCOUNT_TIERS } from "./sign-in-limits";
import { forgetSessionOf } from "./session";
import { db } from "../db/client";
import { pruneRateLimits, release, reserve, type Reservation } from "../db/rate-limit";
import { DomainError } from "../domain/errors";
import { env } from "../env";

export const WRONG_CREDENTIALS = "Wrong email or password.";

let lastPrune = 0;

/** Signs `email` in, or throws a DomainError; every attempt is counted before the password is checked. */
export async function signInWithLimits(email: string, password: string): Promise<{ role: string | undefined }> {
  const h = await headers();
  const jar = await cookies();
  const now = new Date();
  const secret = env().authSecret;
  const cookieName = deviceCookieName(secret, email);
  const device = verifyDeviceCookie(secret, email, jar.get(cookieName)?.value);

  const reservations: Reservation[] = [];
  let retryAfterMs = 0;
  for (const bucket of signInBuckets({ email, device, address: clientAddress(h) })) {
    const r = await reserve(db(), bucket.key, bucket.tiers, now);
    reservations.push(r);
    retryAfterMs = Math.max(retryAfterMs, r.retryAfterMs);
  }
  if (retryAfterMs > 0) throw new DomainError(retryMessage("Too many failed sign-ins.", retryAfterMs));

  let role: string | undefined;
  try {
    const res = await auth().api.signInEmail({ body: { email, password }, headers: h });
    role = (res.user as { role?: string }).role;
  } catch (error) {
    // Not instanceof: the auth instance is shared through globalThis, and may have been made by a route
    // handler's copy of better-auth, whose APIError class is not this module's (issue 7).
    if (isAPIError(error)) {
      // One message for both cases, so the form does not reveal which emails exist.
      throw new DomainError(WRONG_CREDENTIALS, { password: [WRONG_CREDENTIALS] });
    }
    throw error;
  }
  // The right password is not a guess: it should not use up the owner's, or the school's, allowance.
  for (const r of reservations) await release(db(), r);
  // A guest who just signed in has had their guest user merged away: forget its session here at once.
  forgetSessionOf(h);
  jar.set(cookieName, device ? (jar.get(cookieName)?.value ?? "") : newDeviceCookieValue(secret, email), {
    httpOnly: true,
    sameSite: "lax",
    secure: env().appUrl.startsWith("https://"),
    path: "/",
    maxAge: DEVICE_COOKIE_MAX_AGE_S,
  });
  if (now.getTime() - lastPrune > 3600_000) {
    lastPrune = now.getTime();
    await pruneRateLimits(db(), now, Math.max(...ACCOUNT_TIERS.map((t) => t.windowMs)));
  }
  return { role };
}

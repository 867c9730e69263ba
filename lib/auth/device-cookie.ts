// OWASP's device cookies: a browser that has signed in to an account before
// carries a signed token for that account. Its sign-in attempts are counted on
// its own bucket, so a stranger guessing the password (even from the same school
// address) can slow down only browsers the account has never used.
// https://owasp.org/www-community/Slow_Down_Online_Guessing_Attacks_with_Device_Cookies
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** A year: a device the owner has used stays known across terms. */
export const DEVICE_COOKIE_MAX_AGE_S = 365 * 24 * 3600;

function mac(secret: string, text: string): string {
  return createHmac("sha256", secret).update(text).digest("base64url");
}

/** One cookie per account on a shared device; the name does not show the email. */
export function deviceCookieName(secret: string, email: string): string {
  return `sourced-device-${mac(secret, `device-cookie-name\n${email}`).slice(0, 16)}`;
}

/** A new cookie value for `email`: a random device id and its signature, bound to the account. */
export function newDeviceCookieValue(secret: string, email: string): string {
  const device = randomBytes(16).toString("base64url");
  return `${device}.${mac(secret, `device-cookie\n${email}\n${device}`)}`;
}

/** The device id, when `value` was issued by this app for this very account; otherwise undefined. */
export function verifyDeviceCookie(secret: string, email: string, value: string | undefined): string | undefined {
  if (!value || value.length > 200) return undefined;
  const [device, signature, ...rest] = value.split(".");
  if (!device || !signature || rest.length > 0 || !/^[A-Za-z0-9_-]{22}$/.test(device)) return undefined;
  const expected = Buffer.from(mac(secret, `device-cookie\n${email}\n${device}`));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected) ? device : undefined;
}

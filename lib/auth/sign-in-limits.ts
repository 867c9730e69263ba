// How sign-in guesses are slowed down. Every attempt is counted BEFORE its
// password is checked (reserve, then decide), so parallel guesses cannot slip
// past the count. Nothing locks for good: each tier only delays, and the delay
// grows as guessing goes on (5 a minute, 10 in 15 minutes, 20 an hour, 50 a day).
//
// Which bucket an attempt counts on:
// - from a browser with a valid device cookie for the account: that device's own
//   bucket only (so the owner gets in while someone else guesses);
// - otherwise: the account's bucket for unknown devices, and the client address's
//   bucket (against trying many accounts from one place; a whole school may share
//   one address, so it is generous, and successful sign-ins are given back).
import type { Tiers } from "../db/rate-limit";
import { CLIENT_ADDRESS_HEADER } from "../http/client-address";

const MINUTE = 60_000;
export const ACCOUNT_TIERS: Tiers = [
  { max: 5, windowMs: MINUTE },
  { max: 10, windowMs: 15 * MINUTE },
  { max: 20, windowMs: 60 * MINUTE },
  { max: 50, windowMs: 24 * 60 * MINUTE },
];
export const DEVICE_TIERS: Tiers = ACCOUNT_TIERS;
export const ADDRESS_TIERS: Tiers = [
  { max: 30, windowMs: MINUTE },
  { max: 300, windowMs: 60 * MINUTE },
];
/** Sign-ups, guest sessions and question reports per client address. */
export const SIGN_UPS_PER_ADDRESS: Tiers = [
  { max: 40, windowMs: 10 * MINUTE },
  { max: 100, windowMs: 24 * 60 * MINUTE },
];
// A class of 30 at one school address may all start as guests, or report, in the same lesson.
export const GUESTS_PER_ADDRESS: Tiers = [
  { max: 60, windowMs: 10 * MINUTE },
  { max: 300, windowMs: 24 * 60 * MINUTE },
];
export const REPORTS_PER_ADDRESS: Tiers = [
  { max: 30, windowMs: 10 * MINUTE },
  { max: 100, windowMs: 24 * 60 * MINUTE },
];

export type SignInBucket = { key: string; tiers: Tiers };

export function signInBuckets(o: { email: string; device: string | undefined; address: string }): SignInBucket[] {
  if (o.device) return [{ key: `sign-in:device:${o.device}`, tiers: DEVICE_TIERS }];
  return [
    { key: `sign-in:account:${o.email}`, tiers: ACCOUNT_TIERS },
    { key: `sign-in:address:${o.address}`, tiers: ADDRESS_TIERS },
  ];
}

/**
 * The client's address as the app's server worked it out from the socket and
 * TRUSTED_PROXIES (lib/http/server.ts overwrites whatever a client sent in that
 * header). X-Forwarded-For itself is never read here: any client can write it.
 * Without the app's server (`next dev`) every client shares one bucket.
 */
export function clientAddress(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER)?.slice(0, 64) || "unknown";
}

export function retryMessage(what: string, retryAfterMs: number): string {
  if (retryAfterMs < 60_000) {
    const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
    return `${what} Try again in ${seconds} second${seconds === 1 ? "" : "s"}.`;
  }
  const minutes = Math.ceil(retryAfterMs / 60_000);
  return `${what} Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

// How many failed sign-ins are tolerated before a pause: per account (against
// password guessing) and per address (against trying many accounts).
import type { Limit } from "../db/rate-limit";

const FIFTEEN_MINUTES = 15 * 60 * 1000;
export const FAILED_SIGN_INS_PER_EMAIL: Limit = { max: 5, windowMs: FIFTEEN_MINUTES };
export const FAILED_SIGN_INS_PER_ADDRESS: Limit = { max: 50, windowMs: FIFTEEN_MINUTES };

/** The client's address as the nearest proxy reports it; "unknown" keeps one shared bucket. */
export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "unknown";
}

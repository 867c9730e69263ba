// The session behind a request, read through a short in-process cache: every
// page and answer needs it, and without one each would cost a database read.
// better-auth's own cookie cache is off: a signed copy of the session in a
// cookie cannot be revoked, so a stolen pair of cookies kept working for its
// whole minute after sign-out. Here:
// - a session signed out on this server is dropped at once;
// - one revoked on another server shows for up to STALE_AFTER_MS (a minute);
// - guests' sessions are not cached at all: a guest who signs in or up is merged
//   into the account and deleted, and its old cookie must find nothing (a 401 or
//   a new guest), never a user that is gone (which made writes fail with a 500).
import { LRUCache } from "lru-cache";
import { STALE_AFTER_MS } from "../db/memo";
import { auth } from "./auth";

export type Session = NonNullable<Awaited<ReturnType<ReturnType<typeof auth>["api"]["getSession"]>>>;

/** better-auth's cookie, with the __Secure- prefix it adds on https. */
const TOKEN_COOKIE = /(?:^|;\s*)(?:__Secure-)?better-auth\.session_token=([^;]+)/;

const sessions = new LRUCache<string, Session>({ max: 50_000, ttl: STALE_AFTER_MS });

function tokenOf(headers: Headers): string | undefined {
  return headers.get("cookie")?.match(TOKEN_COOKIE)?.[1];
}

export async function getSession(headers: Headers): Promise<Session | null> {
  const token = tokenOf(headers);
  const cached = token ? sessions.get(token) : undefined;
  if (cached && new Date(cached.session.expiresAt) > new Date()) return cached;
  const session = await auth().api.getSession({ headers, query: { disableCookieCache: true } });
  const isGuest = Boolean((session?.user as { isAnonymous?: boolean | null } | undefined)?.isAnonymous);
  // Only what better-auth vouched for (signature and row) is kept, under the exact cookie value.
  if (token && session && !isGuest) sessions.set(token, session);
  return session;
}

/** Drops this request's session from the cache (it was signed out, or merged into an account). */
export function forgetSessionOf(headers: Headers): void {
  const token = tokenOf(headers);
  if (token) sessions.delete(token);
}

export async function signOut(headers: Headers): Promise<void> {
  forgetSessionOf(headers);
  await auth().api.signOut({ headers });
}

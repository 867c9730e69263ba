// The session behind a request, read through a short in-process cache: every
// page and answer needs it, and without one each would cost a database read
// (better-auth's own cookie cache is refreshed only where a response may set
// cookies, which a page render may not). A session signed out on this server
// is dropped at once; one revoked on another server, or a changed name, shows
// for up to STALE_AFTER_MS, the same bound as better-auth's cookie cache.
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
  const session = await auth().api.getSession({ headers });
  // Only what better-auth vouched for (signature and row) is kept, under the exact cookie value.
  if (token && session) sessions.set(token, session);
  return session;
}

export async function signOut(headers: Headers): Promise<void> {
  const token = tokenOf(headers);
  if (token) sessions.delete(token);
  await auth().api.signOut({ headers });
}

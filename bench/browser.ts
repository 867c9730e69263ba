// Debian's Chromium, never a downloaded one; the resolver rule (as in
// playwright.config.ts) keeps it from looking up any host but loopback.
export const CHROMIUM = "/usr/bin/chromium";
export const HOST_RESOLVER_RULE = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost";

/** "name=value" → its two halves. */
export function splitCookie(cookie: string): { name: string; value: string } {
  const at = cookie.indexOf("=");
  if (at <= 0) throw new Error(`not a cookie: ${cookie.slice(0, 40)}`);
  return { name: cookie.slice(0, at), value: cookie.slice(at + 1) };
}

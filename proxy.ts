// Runs before every page and route: gives each request an id (for the logs),
// refuses server-action posts Next would fail on (lib/http/action-guard.ts), and
// sets the security headers, with a fresh script nonce for the CSP.
import { NextResponse, type NextRequest } from "next/server";
import { refuseBadAction } from "@/lib/http/action-guard";
import { contentSecurityPolicy, SECURITY_HEADERS, strictTransportSecurity } from "@/lib/http/security-headers";

const trustedOrigins = (process.env.TRUSTED_ORIGINS ?? "")
  .split(",")
  .map((s) => s.trim())
  .filter(Boolean);
const hsts = strictTransportSecurity(process.env.APP_URL);

export async function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const requestId = request.headers.get("x-request-id")?.slice(0, 100) || crypto.randomUUID();
  const csp = contentSecurityPolicy({
    nonce,
    dev: process.env.NODE_ENV === "development",
    https: request.nextUrl.protocol === "https:",
  });

  const refused = await refuseBadAction(request, trustedOrigins);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("x-request-id", requestId);
  requestHeaders.set("content-security-policy", csp);

  const response = refused
    ? new NextResponse(refused.body, refused)
    : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  response.headers.set("x-request-id", requestId);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  if (hsts) response.headers.set("strict-transport-security", hsts);
  return response;
}

export const config = {
  // Static files need no nonce (lib/http/server.ts gives them nosniff and HSTS); everything else gets the headers.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};

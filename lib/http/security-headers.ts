// The security headers every response carries. Scripts run only with the
// request's nonce ('strict-dynamic' lets Next's own chunks load); nothing may
// frame the app; form posts stay on this origin.
export function contentSecurityPolicy(o: { nonce: string; dev: boolean; https: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${o.nonce}' 'strict-dynamic'${o.dev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (progress bars, chart widths) need this; they cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(o.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export const SECURITY_HEADERS: Record<string, string> = {
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
  "cross-origin-opener-policy": "same-origin",
};

/** HSTS only when the app's public origin is https: on plain http a browser ignores it, and localhost must stay reachable. */
export function strictTransportSecurity(appUrl: string | undefined): string | undefined {
  return appUrl?.startsWith("https://") ? "max-age=63072000" : undefined;
}

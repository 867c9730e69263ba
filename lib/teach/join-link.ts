// The join link a teacher hands out: built on the origin the teacher reached the
// app by, so a class run from a laptop on the school network shows that address,
// not "localhost". A configured APP_URL wins over a loopback request (the app
// behind a proxy that does not forward the host), never over a public one.
import qrcode from "qrcode-generator";

export type OriginHeaders = { host?: string | null; forwardedHost?: string | null; forwardedProto?: string | null };

// host[:port]: letters, digits, dots, hyphens, or a bracketed IPv6 address. Anything
// else (a header a client forged with a path or a scheme in it) is ignored.
const HOST = /^(?:[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;
const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?$/i;

function first(value: string | null | undefined): string {
  return (value ?? "").split(",")[0]?.trim() ?? "";
}

/** The origin learners should open: the request's own when it is usable, otherwise the configured one. */
export function joinOrigin(request: OriginHeaders, configured: string): string {
  const host = first(request.forwardedHost) || first(request.host);
  if (!HOST.test(host)) return configured.replace(/\/+$/, "");
  const configuredHost = (() => {
    try {
      return new URL(configured).host;
    } catch {
      return "";
    }
  })();
  if (LOOPBACK.test(host) && configuredHost && !LOOPBACK.test(configuredHost)) return configured.replace(/\/+$/, "");
  const proto = first(request.forwardedProto).toLowerCase();
  const scheme =
    proto === "https" || proto === "http"
      ? proto
      : configured.startsWith("https://") && host === configuredHost
        ? "https"
        : "http";
  return `${scheme}://${host}`;
}

export function joinUrl(origin: string, code: string): string {
  return `${origin}/join/${encodeURIComponent(code)}`;
}

/** A QR code as a grid of dark modules (true) with no quiet zone; the caller draws it. */
export function qrModules(text: string): boolean[][] {
  // Level M survives a smudged projector screen and still fits a join URL in a small symbol.
  const qr = qrcode(0, "M");
  qr.addData(text, "Byte");
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)));
}

/** One SVG path for every dark module, in module units (draw it in a viewBox with a 4-module quiet zone). */
export function qrPath(modules: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  modules.forEach((row, r) => {
    // Runs of dark modules in a row become one rectangle each: a far shorter path.
    for (let c = 0; c < row.length;) {
      if (!row[c]) {
        c++;
        continue;
      }
      let end = c;
      while (end < row.length && row[end]) end++;
      parts.push(`M${c} ${r}h${end - c}v1h${c - end}z`);
      c = end;
    }
  });
  return parts.join("");
}

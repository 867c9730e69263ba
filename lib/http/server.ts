// The app's HTTP server: Next's request handler behind a thin front that does
// what only the socket can (who the client is) and what must hold for every
// response, static files included:
// - the client's address, from the socket and TRUSTED_PROXIES only, is put in
//   CLIENT_ADDRESS_HEADER (any copy a client sent is overwritten);
// - methods the app never serves (TRACE, PUT, …) get 405, not Next's 500;
// - nosniff everywhere, and HSTS when APP_URL is https.
// `npm start` runs this after `next build`.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import next from "next";
import { parseEnv } from "../env";
import { CLIENT_ADDRESS_HEADER, clientAddressOf, trustedProxies } from "./client-address";
import { strictTransportSecurity } from "./security-headers";

export const SERVED_METHODS = new Set(["GET", "HEAD", "POST"]);

export function frontHeaders(
  req: IncomingMessage,
  res: ServerResponse,
  o: { trusted: ReturnType<typeof trustedProxies>; hsts: string | undefined },
): boolean {
  res.setHeader("x-content-type-options", "nosniff");
  if (o.hsts) res.setHeader("strict-transport-security", o.hsts);
  if (!req.method || !SERVED_METHODS.has(req.method)) {
    res.writeHead(405, { allow: [...SERVED_METHODS].join(", "), "content-type": "text/plain; charset=utf-8" });
    res.end("Method not allowed.\n");
    return false;
  }
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(
    req.socket.remoteAddress,
    req.headers["x-forwarded-for"],
    o.trusted,
  );
  return true;
}

async function main(): Promise<void> {
  const env = parseEnv(process.env);
  const trusted = trustedProxies(env.trustedProxies);
  const hsts = strictTransportSecurity(env.appUrl);
  const app = next({ dev: false, dir: process.cwd(), port: env.port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => {
    if (!frontHeaders(req, res, { trusted, hsts })) return;
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  // CONNECT never reaches the request handler: without this, Node drops the connection unanswered.
  server.on("connect", (_req: IncomingMessage, socket: import("node:stream").Duplex) => {
    socket.end(
      "HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD, POST\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
    );
  });
  server.listen(env.port, () => console.log(`Ready on ${env.appUrl} (port ${env.port})`));
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      server.close();
      void app.close().finally(() => process.exit(0));
    });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

// Next calls this for every error a route, page or action throws unexpectedly:
// log it once, as JSON, with the request id the proxy gave the request.
import type { Instrumentation } from "next";

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const { log } = await import("./lib/log");
  const headers = request.headers as Record<string, string | string[] | undefined>;
  const err = error as Error & { digest?: string };
  // Next's own refusals of malformed or oversized action posts are the client's
  // fault, not ours: log them as warnings so they cannot flood the error log.
  const refused = /Invalid Server Actions request|Body exceeded .* limit/.test(err.message ?? "");
  log[refused ? "warn" : "error"](
    {
      requestId: headers["x-request-id"],
      method: request.method,
      path: request.path,
      route: context.routePath,
      kind: context.routerKind,
      digest: err.digest,
      err: { name: err.name, message: err.message, stack: err.stack },
    },
    "request failed",
  );
};

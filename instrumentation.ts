// Next calls this for every error a route, page or action throws unexpectedly:
// log it once, as JSON, with the request id the proxy gave the request.
import type { Instrumentation } from "next";

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const { log } = await import("./lib/log");
  const headers = request.headers as Record<string, string | string[] | undefined>;
  const err = error as Error & { digest?: string };
  log.error(
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

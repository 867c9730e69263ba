// Route handlers for outside callers: bounded JSON bodies, same-origin posts,
// and every expected failure as a 4xx with a JSON message. Nothing is written
// before the request has passed all of these.
import { z } from "zod";
import { DomainError } from "../domain/errors";
import { fieldErrorsOf } from "../domain/field-errors";
import { log } from "../log";

export const MAX_JSON_BODY = 16 * 1024;

export function jsonError(status: number, error: string, fieldErrors: Record<string, string[]> = {}): Response {
  return Response.json({ ok: false, error, fieldErrors }, { status, headers: { "cache-control": "no-store" } });
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
  }
}

/** Refuses posts from other origins (a browser always sends Origin on a cross-site POST). */
function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  if (!origin) return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new HttpError(403, "Cross-origin requests are not allowed.");
  }
  if (originHost !== host) throw new HttpError(403, "Cross-origin requests are not allowed.");
}

/** Reads and validates a JSON body: 415 for other types, 413 when too large, 400 when malformed. */
export async function readJson<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  assertSameOrigin(request);
  // The media type itself, without parameters: "application/jsonp" or "application/json-seq" is not JSON.
  const mediaType = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (mediaType !== "application/json") {
    throw new HttpError(415, "Send the body as application/json.");
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_JSON_BODY) throw new HttpError(413, `The body is larger than ${MAX_JSON_BODY} bytes.`);
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_JSON_BODY)
    throw new HttpError(413, `The body is larger than ${MAX_JSON_BODY} bytes.`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new HttpError(400, "The body is not valid JSON.");
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new HttpError(400, "The request is not valid.", fieldErrorsOf(parsed.error));
  return parsed.data;
}

/** Runs a handler, mapping expected failures to JSON 4xx responses. */
export async function handleJson(request: Request, handler: () => Promise<unknown>): Promise<Response> {
  try {
    const data = await handler();
    return Response.json({ ok: true, data }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    if (error instanceof HttpError) return jsonError(error.status, error.message, error.fieldErrors);
    if (error instanceof DomainError) return jsonError(error.status, error.message, error.fieldErrors);
    log.error({ requestId: request.headers.get("x-request-id"), err: error }, "route handler failed");
    return jsonError(500, "Something went wrong. Nothing was saved.");
  }
}

// Server-action posts that Next itself would answer with a 500 are refused here,
// in the proxy, with a 4xx and before any action runs. Next treats as a possible
// action every POST with a Next-Action header, and also every multipart POST to a
// page (a form sent without JavaScript), which it parses before rendering. Refused:
// - from another origin, or with an Origin that is not a URL (Next throws on both;
//   a browser always sends Origin on a cross-site POST);
// - a body over SERVER_ACTION_BODY_LIMIT (Next throws "Body exceeded 1 MB limit");
// - arguments nested deeper than MAX_NESTING (React's decoder recurses and overflows the stack);
// - a body that is empty, of a type React never sends, a multipart body that does
//   not parse, or arguments React cannot decode (lib/http/action-reply.ts).
// The body is read from a clone, so the action still gets it whole.
import { formActionProblem, formReplyProblem, textReplyProblem } from "./action-reply";

/** The same limit as `serverActions.bodySizeLimit` in next.config.js. */
export const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;
/** No form or argument of this app nests more than a few levels; a thousand is clearly an attack. */
export const MAX_NESTING = 1000;

/** The deepest run of unclosed brackets or braces; strings are not skipped, which can only over-count. */
export function maxNesting(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) {
      depth++;
      if (depth > max) max = depth;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return max;
}

function refusal(status: number, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

/** The Origin's host is the request's own, or one of the trusted origins. */
export function isSameOrigin(origin: string | null, host: string | null, trustedOrigins: readonly string[]): boolean {
  if (origin === null) return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  if (originHost === host) return true;
  return trustedOrigins.some((o) => {
    try {
      return new URL(o).host === originHost;
    } catch {
      return false;
    }
  });
}

async function readCapped(request: Request, limit: number): Promise<Buffer | undefined> {
  const body = request.clone().body;
  if (!body) return Buffer.alloc(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The multipart body's fields, or undefined when it does not parse (Next would throw on it). */
async function formFields(bytes: Buffer, type: string): Promise<[string, FormDataEntryValue][] | undefined> {
  try {
    const form = await new Request("http://localhost/", {
      method: "POST",
      headers: { "content-type": type },
      body: new Uint8Array(bytes),
    }).formData();
    return [...form.entries()];
  } catch {
    return undefined;
  }
}

/** A 4xx for a server-action post that must not reach Next, or undefined to let it through. */
export async function refuseBadAction(
  request: Request,
  trustedOrigins: readonly string[],
): Promise<Response | undefined> {
  if (request.method !== "POST") return undefined;
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  const mediaType = type.split(";")[0]?.trim();
  const fetchAction = request.headers.has("next-action");
  // A multipart POST without the header may be a form sent without JavaScript: Next parses it too.
  if (!fetchAction && mediaType !== "multipart/form-data") return undefined;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!isSameOrigin(request.headers.get("origin"), host, trustedOrigins))
    return refusal(403, "Cross-origin requests are not allowed.");
  // React posts an action's arguments as text/plain (encoded) or multipart/form-data (with a FormData); Next fails on anything else.
  if (mediaType !== "text/plain" && mediaType !== "multipart/form-data")
    return refusal(415, "Send a server action as text/plain or multipart/form-data.");
  if (mediaType === "multipart/form-data" && !/;\s*boundary=[^;\s]+/.test(type))
    return refusal(400, "A multipart body needs a boundary.");
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > SERVER_ACTION_BODY_LIMIT) return refusal(413, "The request body is too large.");
  const bytes = await readCapped(request, SERVER_ACTION_BODY_LIMIT);
  if (bytes === undefined) return refusal(413, "The request body is too large.");
  if (bytes.length === 0) return refusal(400, "The request has no body.");
  if (maxNesting(bytes.toString("latin1")) > MAX_NESTING) return refusal(400, "The request is nested too deeply.");
  const unreadable = (why: string) => refusal(400, `The request's arguments cannot be read: ${why}.`);
  if (mediaType === "text/plain") {
    const problem = textReplyProblem(bytes.toString("utf8"));
    return problem ? unreadable(problem) : undefined;
  }
  const fields = await formFields(bytes, request.headers.get("content-type") ?? "");
  if (!fields) return refusal(400, "The multipart body does not parse.");
  const problem = fetchAction ? formReplyProblem(fields) : formActionProblem(fields);
  return problem ? unreadable(problem) : undefined;
}

// Server actions over plain HTTP, as a tampering client would call them: a POST to
// a page that uses the action, with its id in the Next-Action header and its
// arguments in React's reply encoding. Ids come from the build's manifest.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { FreshRequest, Reply } from "./fresh-request";

type Manifest = { node: Record<string, { exportedName: string; filename: string }> };

let ids: Map<string, string> | undefined;

/** The id of an exported server action in the e2e server's build. */
export function actionId(exportedName: string): string {
  if (!ids) {
    const port = Number(process.env.E2E_PORT ?? 3100);
    const file = path.join(`.next-e2e-${port}`, "server", "server-reference-manifest.json");
    const manifest = JSON.parse(readFileSync(file, "utf8")) as Manifest;
    ids = new Map(Object.entries(manifest.node).map(([id, entry]) => [entry.exportedName, id]));
  }
  const id = ids.get(exportedName);
  if (!id) throw new Error(`no server action ${exportedName} in the build; have ${[...ids.keys()].join(", ")}`);
  return id;
}

export type ActionCall = {
  /** The page the action is posted to (one that uses it). */
  page: string;
  action: string;
  cookie?: string;
  /** Defaults to the app's own origin; set another to post cross-site. */
  origin?: string | null;
} & (
  | { form: Record<string, string>; args?: never; raw?: never }
  | { args: unknown[]; form?: never; raw?: never }
  | { raw: string; form?: never; args?: never }
);

export type ActionOutcome = {
  status: number;
  /** Set when the action called redirect(): the action went through. */
  redirect: string | undefined;
  /** What the action returned, or undefined if it threw (then `threw` is true). */
  result: unknown;
  threw: boolean;
  body: string;
};

/**
 * Posts an action. `form` is sent as a form action's (prevState, FormData);
 * `args` as plain arguments (JSON, with React's escapes such as "$n10" for a BigInt);
 * `raw` as a text body exactly as given.
 */
export async function postAction(
  request: Pick<FreshRequest, "post">,
  baseURL: string,
  call: ActionCall,
): Promise<ActionOutcome> {
  const headers: Record<string, string> = { "next-action": actionId(call.action), accept: "text/x-component" };
  if (call.cookie) headers.cookie = call.cookie;
  const origin = call.origin === undefined ? new URL(baseURL).origin : call.origin;
  if (origin !== null) headers.origin = origin;

  let response: Reply;
  if (call.form) {
    // React puts a FormData argument's fields first, as "_<ref>_<name>", and the root last.
    const form = new FormData();
    for (const [name, value] of Object.entries(call.form)) form.append(`_1_${name}`, value);
    form.append("0", JSON.stringify([{ ok: false, error: "", fieldErrors: {} }, "$K1"]));
    response = await request.post(call.page, { headers, multipart: form, maxRedirects: 0 });
  } else {
    const body = Buffer.from(call.raw ?? JSON.stringify(call.args));
    response = await request.post(call.page, {
      headers: { ...headers, "content-type": "text/plain;charset=UTF-8" },
      data: body,
      maxRedirects: 0,
    });
  }
  return readOutcome(response);
}

/** Reads the RSC payload: row 0 points at the row holding the action's result ("E" rows are errors). */
export async function readOutcome(response: Reply): Promise<ActionOutcome> {
  const body = await response.text();
  const rows = new Map<string, string>();
  for (const line of body.split("\n")) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined) rows.set(match[1], match[2]);
  }
  let result: unknown;
  let threw = response.status() >= 500;
  const root = rows.get("0");
  if (root?.startsWith("{")) {
    const ref = (JSON.parse(root) as { a?: unknown }).a;
    const row = typeof ref === "string" && ref.startsWith("$@") ? rows.get(ref.slice(2)) : undefined;
    if (row?.startsWith("E")) threw = true;
    else if (row !== undefined) result = JSON.parse(row) as unknown;
  }
  return { status: response.status(), redirect: response.headers()["x-action-redirect"], result, threw, body };
}

/** The action did not go through: it refused (ok: false), or failed, and did not redirect. */
export function isRefused(outcome: ActionOutcome): boolean {
  const ok =
    typeof outcome.result === "object" && outcome.result !== null && (outcome.result as { ok?: unknown }).ok === true;
  return !ok && outcome.redirect === undefined;
}

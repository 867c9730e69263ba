// Is a server action's body one React can decode into this app's arguments?
// React's reply decoder (react-server-dom, inside Next) throws on a body it
// cannot decode (a row that is not JSON, a reference to a row that was never
// sent, a root that is not an argument list), and Next answers any throw with a
// 500. This checks the body first, so the proxy can answer 400 instead.
//
// It accepts what React's encodeReply writes for the values this app's actions
// take: JSON, escaped strings ("$$…"), FormData ("$K"), dates, BigInts,
// undefined and the special numbers, temporary references ("$T") and references
// to rows that are in the body ("$1", "$@1", "$0:path"). Maps, sets, blobs,
// streams, typed arrays and server functions are never arguments here: refused.
// The row format: react-server-dom's processReply (client) and parseModelString
// (server), React 19.2.

/** A row of the reply: its JSON text (from a text/plain body, or a multipart text field). */
export type ReplyRows = ReadonlyMap<number, string>;

const SPECIAL = new Set(["$undefined", "$u", "$-0", "$Infinity", "$-Infinity", "$NaN", "$T"]);
const REFERENCE = /^\$(@?)([0-9a-f]+)((?::[^:]+)*)$/;
const BIGINT = /^\$n-?\d{1,300}$/;
/** Far more rows or values than any form of this app sends; bounds the walk below. */
const MAX_VALUES = 100_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** Follows `path` (":"-separated own keys) inside a row's raw JSON, as React does on the decoded value. */
function pathResolves(root: unknown, path: string): boolean {
  let value = root;
  for (const key of path.split(":").slice(1)) {
    if (!isRecord(value) || !Object.prototype.hasOwnProperty.call(value, key)) return false;
    value = value[key];
  }
  return true;
}

/** Why the reply cannot be decoded, or undefined when it can. `parsed` holds each row's JSON. */
function problemWith(rows: ReplyRows, parsed: Map<number, unknown>): string | undefined {
  let seen = 0;
  const check = (value: unknown): string | undefined => {
    if (++seen > MAX_VALUES) return "too many values";
    if (Array.isArray(value)) {
      for (const item of value) {
        const problem = check(item);
        if (problem) return problem;
      }
      return undefined;
    }
    if (isRecord(value)) {
      for (const item of Object.values(value)) {
        const problem = check(item);
        if (problem) return problem;
      }
      return undefined;
    }
    if (typeof value !== "string" || !value.startsWith("$")) return undefined;
    if (value.startsWith("$$") || SPECIAL.has(value)) return undefined;
    if (/^\$K[0-9a-f]+$/.test(value) || value.startsWith("$D")) return undefined;
    if (value.startsWith("$n")) return BIGINT.test(value) ? undefined : `a bad BigInt ${value.slice(0, 40)}`;
    const reference = REFERENCE.exec(value);
    if (!reference) return `a value of a kind this app never takes (${value.slice(0, 40)})`;
    const row = parseInt(reference[2] ?? "", 16);
    if (!parsed.has(row)) return `a reference to row ${row}, which was not sent`;
    const path = reference[3] ?? "";
    if (path && (reference[1] || !pathResolves(parsed.get(row), `${row}${path}`)))
      return `a reference to ${value.slice(0, 40)}, which is not in the body`;
    return undefined;
  };
  for (const [id, text] of rows) {
    try {
      parsed.set(id, JSON.parse(text));
    } catch {
      return `row ${id} is not JSON`;
    }
  }
  if (!Array.isArray(parsed.get(0))) return "the arguments are not a list";
  for (const value of parsed.values()) {
    const problem = check(value);
    if (problem) return problem;
  }
  return undefined;
}

/** For a text/plain body: the whole body is row 0. */
export function textReplyProblem(body: string): string | undefined {
  return problemWith(new Map([[0, body]]), new Map());
}

/**
 * For a multipart body: its fields named by a decimal number are rows; "_<n>_<name>"
 * fields belong to FormData arguments. React reads any field whose name is a
 * number (even "1.0" or " 1") as a row, and "S<n>" fields as streams: neither is
 * anything React writes, so both are refused.
 */
export function formReplyProblem(fields: Iterable<[string, FormDataEntryValue]>): string | undefined {
  const rows = new Map<number, string>();
  for (const [name, value] of fields) {
    if (name.startsWith("_")) continue;
    if (/^(0|[1-9]\d*)$/.test(name)) {
      if (typeof value !== "string") return `row ${name} is a file`;
      rows.set(Number(name), value);
    } else if (!Number.isNaN(Number(name)) || /^S/.test(name))
      return `a field React would misread (${name.slice(0, 40)})`;
  }
  return problemWith(rows, new Map());
}

/**
 * For a form posted without JavaScript (no Next-Action header), React reads
 * "$ACTION_REF_<n>" with its rows "$ACTION_<n>:<row>": row 0 is { id, bound },
 * bound a reference to a row holding the bound arguments (or null).
 */
export function formActionProblem(fields: ReadonlyArray<[string, FormDataEntryValue]>): string | undefined {
  for (const [name] of fields) {
    if (!name.startsWith("$ACTION_REF_")) continue;
    const prefix = `$ACTION_${name.slice("$ACTION_REF_".length)}:`;
    const rows = new Map<number, string>();
    for (const [key, value] of fields) {
      if (!key.startsWith(prefix)) continue;
      const id = key.slice(prefix.length);
      if (!/^(0|[1-9]\d*)$/.test(id) || typeof value !== "string") return `a field React would misread (${key})`;
      rows.set(Number(id), value);
    }
    const parsed = new Map<number, unknown>();
    // Row 0 is an object, not an argument list: check it as the one argument of a list.
    const root = rows.get(0);
    if (root === undefined) return "a form action without its reference";
    const problem = problemWith(new Map(rows).set(0, `[${root}]`), parsed);
    if (problem) return problem;
    const meta = (parsed.get(0) as unknown[])[0];
    if (!isRecord(meta) || typeof meta.id !== "string") return "a form action reference without an id";
    if (meta.bound != null && !(typeof meta.bound === "string" && /^\$@[0-9a-f]+$/.test(meta.bound)))
      return "a form action's bound arguments are not a reference";
    if (typeof meta.bound === "string" && !Array.isArray(parsed.get(parseInt(meta.bound.slice(2), 16))))
      return "a form action's bound arguments are not a list";
  }
  return undefined;
}

import { createHash } from "node:crypto";

/** A short, stable fingerprint of a JSON-able value, to skip unchanged rows on sync. */
export function fingerprint(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 32);
}

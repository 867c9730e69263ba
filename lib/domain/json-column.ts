// Stored JSON, read back one way. Every JSON column has one codec (lib/db/codecs.ts lists them all), and
// every codec follows one policy:
// - encode is the only way a value reaches the column, so what is stored passed the schema once;
// - decode parses with the same schema; a value that fails is our bug or a hand-edited row, never a user's
//   mistake, so it throws StoredDataError naming the column and row, and the page shows its error view;
// - except a column that only tunes behaviour may declare a fallback (itself valid), used instead of throwing.
// Schemas change by adding fields with defaults, so rows written before still decode.
import type { z } from "zod";

export class StoredDataError extends Error {
  override name = "StoredDataError";
}

export type JsonColumn<T> = {
  /** "Table.column", for messages. */
  column: string;
  encode(value: T): string;
  /** rowId names the row in the error when the value does not decode. */
  decode(text: string, rowId?: string): T;
};

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

export function jsonColumn<S extends z.ZodType>(
  column: string,
  schema: S,
  options: { fallback?: z.output<S> } = {},
): JsonColumn<z.output<S>> {
  return {
    column,
    encode: (value) => JSON.stringify(value),
    decode(text, rowId) {
      const json = parseJson(text);
      const parsed = json.ok ? schema.safeParse(json.value) : undefined;
      if (parsed?.success) return parsed.data;
      if (options.fallback !== undefined) return options.fallback;
      throw new StoredDataError(`${column}${rowId ? ` of ${rowId}` : ""}: the stored value does not match its schema`);
    },
  };
}

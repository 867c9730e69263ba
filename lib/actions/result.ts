// What every server action returns: data, or a message and per-field messages.
import { z } from "zod";
import { DomainError } from "../domain/errors";
import { fieldErrorsOf } from "../domain/field-errors";

export { fieldErrorsOf };

export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; error: string; fieldErrors: Record<string, string[]> };

/** The state a form holds before its first submit. */
export const idle = { ok: false, error: "", fieldErrors: {} } as const;

/** Parses input with zod, runs the action, and turns expected failures into results. */
export async function runAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  handler: (data: z.infer<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, error: "Please correct the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error) };
  }
  try {
    return { ok: true, data: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof DomainError) {
      return { ok: false, error: error.message, fieldErrors: error.fieldErrors };
    }
    throw error;
  }
}

/** A FormData as a plain object (last value wins), for zod to parse; anything else (a tampered call) is empty. */
export function formObject(form: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(form instanceof FormData)) return out;
  for (const [key, value] of form.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) out[key] = value;
  }
  return out;
}

// What the account forms accept.
import { z } from "zod";
import { MIN_PASSWORD_LENGTH, signUpRoleSchema } from "./roles";
import { displayTextSchema } from "../domain/display-text";

const email = z
  .email("Enter an email address like name@example.com")
  .max(254)
  .transform((s) => s.toLowerCase());

export const signUpSchema = z.strictObject({
  name: displayTextSchema({ empty: "Enter your name", max: 80, tooLong: "Keep your name under 80 characters" }),
  email,
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`)
    .max(128, "Use at most 128 characters"),
  role: signUpRoleSchema.default("LEARNER"),
  next: z.string().max(200).optional(),
});

export const signInSchema = z.strictObject({
  email,
  password: z.string().min(1, "Enter your password").max(128),
  next: z.string().max(200).optional(),
});

/**
 * Only same-site paths may be a redirect target after signing in. URL parsers drop
 * tabs and line breaks, so "/\t/evil.example" would become "//evil.example": no
 * control characters either. Only printable ASCII: the path goes into a Location
 * header, where anything else made the redirect fail with a 500 (a page links
 * here with the path percent-encoded, so a real path never needs more).
 */
export function safeNextPath(next: string | undefined, fallback: string): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || /[\\]/.test(next) || !/^[\x21-\x7e]+$/.test(next))
    return fallback;
  return next;
}

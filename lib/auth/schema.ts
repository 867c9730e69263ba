// What the account forms accept.
import { z } from "zod";
import { MIN_PASSWORD_LENGTH, roleSchema } from "./roles";

const email = z.email("Enter an email address like name@example.com").max(254).transform((s) => s.toLowerCase());

export const signUpSchema = z.strictObject({
  name: z.string().trim().min(1, "Enter your name").max(80, "Keep your name under 80 characters"),
  email,
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`)
    .max(128, "Use at most 128 characters"),
  role: roleSchema.default("LEARNER"),
  next: z.string().optional(),
});

export const signInSchema = z.strictObject({
  email,
  password: z.string().min(1, "Enter your password").max(128),
  next: z.string().optional(),
});

/** Only same-site paths may be a redirect target after signing in. */
export function safeNextPath(next: string | undefined, fallback: string): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.includes("\\")) return fallback;
  return next;
}

import { z } from "zod";
import { isTeacher, roleSchema, type Role } from "../domain/roles";

/**
 * The roles an account can hold. A maintainer curates the shared library and is
 * also a teacher; the role is granted only from the command line
 * (`npm run user:role -- EMAIL maintainer`), never chosen at sign-up.
 */
export { roleSchema, isMaintainer, isTeacher, type Role } from "../domain/roles";

/** The roles a visitor may choose on the sign-up form. */
export const signUpRoleSchema = z.enum(["LEARNER", "TEACHER"]);
export type SignUpRole = z.infer<typeof signUpRoleSchema>;

export const MAINTAINER: Role = "MAINTAINER";

/** Where an account lands after signing in or up, unless it asked for a page. */
export function homeFor(role: string | undefined): string {
  const parsed = roleSchema.safeParse(role);
  return parsed.success && isTeacher(parsed.data) ? "/teach" : "/";
}

/** Passwords shorter than this are refused on sign-up (NIST SP 800-63B asks for at least 8). */
export const MIN_PASSWORD_LENGTH = 10;

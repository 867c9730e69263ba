// The roles an account can hold, known to every layer (the database stores them, auth checks them).
// A maintainer curates the shared library and is also a teacher.
import { z } from "zod";

export const roleSchema = z.enum(["LEARNER", "TEACHER", "MAINTAINER"]);
export type Role = z.infer<typeof roleSchema>;

/** Teachers' pages and powers: a maintainer has them too. */
export function isTeacher(role: Role): boolean {
  return role === "TEACHER" || role === "MAINTAINER";
}

/** Library powers (promote an article, hide library questions for everyone, see all reports). */
export function isMaintainer(role: Role): boolean {
  return role === "MAINTAINER";
}

import { z } from "zod";

export const roleSchema = z.enum(["LEARNER", "TEACHER"]);
export type Role = z.infer<typeof roleSchema>;

/** Passwords shorter than this are refused on sign-up (NIST SP 800-63B asks for at least 8). */
export const MIN_PASSWORD_LENGTH = 10;

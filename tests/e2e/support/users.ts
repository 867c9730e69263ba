// Signed-in users for the e2e server, made straight in its database with the
// secret it signs cookies with (AUTH_SECRET, else the generated .data/auth-secret).
import { readOrCreateLocalSecret } from "../../../lib/env/local-secret";
import { createUserWithSession } from "../../support/sessions";
import { e2eDb } from "./db";

export function e2eAuthSecret(): string {
  return process.env.AUTH_SECRET ?? readOrCreateLocalSecret(".data/auth-secret");
}

export type E2eUser = { userId: string; email: string; token: string; cookie: string };

export async function createE2eUser(role: "LEARNER" | "TEACHER", label: string): Promise<E2eUser> {
  return createUserWithSession(e2eDb(), e2eAuthSecret(), `${label}-${Date.now().toString(36)}`, role);
}

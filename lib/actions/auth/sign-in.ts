"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { isAPIError } from "better-auth/api";
import { auth } from "@/lib/auth/auth";
import { homeFor } from "@/lib/auth/roles";
import { safeNextPath, signInSchema } from "@/lib/auth/schema";
import { clientAddress, FAILED_SIGN_INS_PER_ADDRESS, FAILED_SIGN_INS_PER_EMAIL } from "@/lib/auth/sign-in-limits";
import { formObject, runAction, type ActionResult } from "@/lib/actions/result";
import { db } from "@/lib/db/client";
import { checkLimit, recordHit } from "@/lib/db/rate-limit";
import { DomainError } from "@/lib/domain/errors";

/** Signs in with email and password; a guest's work moves to the account. Failed tries are rate limited. */
export async function signInAction(_prev: ActionResult<null>, form: FormData): Promise<ActionResult<null>> {
  let target = "/";
  const result = await runAction(signInSchema, formObject(form), async (input) => {
    const h = await headers();
    const now = new Date();
    const keys = [
      { key: `sign-in:email:${input.email}`, limit: FAILED_SIGN_INS_PER_EMAIL },
      { key: `sign-in:address:${clientAddress(h)}`, limit: FAILED_SIGN_INS_PER_ADDRESS },
    ];
    for (const { key, limit } of keys) {
      const state = await checkLimit(db(), key, limit, now);
      if (!state.allowed) {
        const minutes = Math.ceil(state.retryAfterMs / 60_000);
        throw new DomainError(`Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
      }
    }
    try {
      const res = await auth().api.signInEmail({ body: { email: input.email, password: input.password }, headers: h });
      const role = (res.user as { role?: string }).role;
      target = safeNextPath(input.next, homeFor(role));
    } catch (error) {
      // Not instanceof: the auth instance is shared through globalThis, and may have been made by a route
      // handler's copy of better-auth, whose APIError class is not this module's (issue 7).
      if (isAPIError(error)) {
        for (const { key, limit } of keys) await recordHit(db(), key, limit, now);
        // One message for both cases, so the form does not reveal which emails exist.
        throw new DomainError("Wrong email or password.", { password: ["Wrong email or password."] });
      }
      throw error;
    }
    return null;
  });
  if (result.ok) redirect(target);
  return result;
}

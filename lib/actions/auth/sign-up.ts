"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { isAPIError } from "better-auth/api";
import { auth } from "@/lib/auth/auth";
import { limitPerClient } from "@/lib/auth/client-limits";
import { weakPasswordReason } from "@/lib/auth/password-strength";
import { homeFor } from "@/lib/auth/roles";
import { safeNextPath, signUpSchema } from "@/lib/auth/schema";
import { signInWithLimits, WRONG_CREDENTIALS } from "@/lib/auth/sign-in-flow";
import { formObject, runAction, type ActionResult } from "@/lib/actions/result";
import { DomainError } from "@/lib/domain/errors";

/**
 * Said when the new account cannot be signed in: the email already had one (better-auth
 * answers that sign-up like a new one) and this is not its password. It names no email.
 */
const NOT_CREATED =
  "We could not create an account with these details. If you already have an account, sign in instead.";

/** Creates an account (learner or teacher), signs it in through the guess limits, and keeps any guest work. */
export async function signUpAction(_prev: ActionResult<null>, form: FormData): Promise<ActionResult<null>> {
  let target = "/";
  const result = await runAction(signUpSchema, formObject(form), async (input) => {
    const weak = weakPasswordReason(input.password, [input.name, input.email, ...input.email.split(/[@.]/)]);
    if (weak) throw new DomainError("Please correct the highlighted fields.", { password: [weak] });
    await limitPerClient("sign-up");
    try {
      await auth().api.signUpEmail({
        body: { name: input.name, email: input.email, password: input.password, role: input.role },
        headers: await headers(),
      });
    } catch (error) {
      // Not instanceof: the auth instance is shared through globalThis, and may have been made by a route
      // handler's copy of better-auth, whose APIError class is not this module's (issue 7).
      if (isAPIError(error)) throw new DomainError(NOT_CREATED);
      throw error;
    }
    try {
      const { role } = await signInWithLimits(input.email, input.password);
      target = safeNextPath(input.next, homeFor(role));
    } catch (error) {
      if (error instanceof DomainError && error.message === WRONG_CREDENTIALS) throw new DomainError(NOT_CREATED);
      throw error;
    }
    return null;
  });
  if (result.ok) redirect(target);
  return result;
}

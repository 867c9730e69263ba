"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { isAPIError } from "better-auth/api";
import { auth } from "@/lib/auth/auth";
import { homeFor } from "@/lib/auth/roles";
import { safeNextPath, signUpSchema } from "@/lib/auth/schema";
import { formObject, runAction, type ActionResult } from "@/lib/actions/result";
import { ConflictError, DomainError } from "@/lib/domain/errors";

/** Creates an account (learner or teacher), signs it in, and keeps any guest work. */
export async function signUpAction(_prev: ActionResult<null>, form: FormData): Promise<ActionResult<null>> {
  let target = "/";
  const result = await runAction(signUpSchema, formObject(form), async (input) => {
    try {
      await auth().api.signUpEmail({
        body: { name: input.name, email: input.email, password: input.password, role: input.role },
        headers: await headers(),
      });
    } catch (error) {
      // Not instanceof: the auth instance is shared through globalThis, and may have been made by a route
      // handler's copy of better-auth, whose APIError class is not this module's (issue 7).
      if (isAPIError(error)) {
        if (error.body?.code === "USER_ALREADY_EXISTS" || error.body?.code === "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL") {
          throw new ConflictError("That email already has an account.", { email: ["That email already has an account. Sign in instead."] });
        }
        throw new DomainError(error.body?.message ?? "Could not create the account.");
      }
      throw error;
    }
    target = safeNextPath(input.next, homeFor(input.role));
    return null;
  });
  if (result.ok) redirect(target);
  return result;
}

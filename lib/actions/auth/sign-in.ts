"use server";
import { redirect } from "next/navigation";
import { homeFor } from "@/lib/auth/roles";
import { safeNextPath, signInSchema } from "@/lib/auth/schema";
import { signInWithLimits } from "@/lib/auth/sign-in-flow";
import { formObject, runAction, type ActionResult } from "@/lib/actions/result";

/** Signs in with email and password; a guest's work moves to the account. Guesses are slowed down (lib/auth/sign-in-limits.ts). */
export async function signInAction(_prev: ActionResult<null>, form: FormData): Promise<ActionResult<null>> {
  let target = "/";
  const result = await runAction(signInSchema, formObject(form), async (input) => {
    const { role } = await signInWithLimits(input.email, input.password);
    target = safeNextPath(input.next, homeFor(role));
    return null;
  });
  if (result.ok) redirect(target);
  return result;
}

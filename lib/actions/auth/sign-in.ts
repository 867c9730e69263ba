"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { APIError } from "better-auth/api";
import { auth } from "@/lib/auth/auth";
import { safeNextPath, signInSchema } from "@/lib/auth/schema";
import { formObject, runAction, type ActionResult } from "@/lib/actions/result";
import { DomainError } from "@/lib/domain/errors";

/** Signs in with email and password; a guest's work moves to the account. */
export async function signInAction(_prev: ActionResult<null>, form: FormData): Promise<ActionResult<null>> {
  let target = "/";
  const result = await runAction(signInSchema, formObject(form), async (input) => {
    try {
      const res = await auth().api.signInEmail({
        body: { email: input.email, password: input.password },
        headers: await headers(),
      });
      const role = (res.user as { role?: string }).role;
      target = safeNextPath(input.next, role === "TEACHER" ? "/teach" : "/");
    } catch (error) {
      if (error instanceof APIError) {
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

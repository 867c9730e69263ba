"use server";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { joinClass } from "@/lib/db/enrollments";
import { requireAccount } from "@/lib/auth/viewer";
import { formObject, runAction, type ActionResult } from "@/lib/actions/result";
import { joinClassSchema } from "@/lib/teach";
import { ForbiddenError } from "@/lib/domain/errors";

/** Enrols the signed-in learner in the class with this join code; joining twice changes nothing. */
export async function joinClassAction(_prev: ActionResult<null>, form: FormData): Promise<ActionResult<null>> {
  let code = "";
  const result = await runAction(joinClassSchema, formObject(form), async (input) => {
    const viewer = await requireAccount();
    if (viewer.role !== "LEARNER")
      throw new ForbiddenError("Teachers cannot join a class as a learner. Sign in with a learner account.");
    await joinClass(db(), { userId: viewer.id, code: input.code, now: new Date() });
    code = input.code;
    return null;
  });
  if (result.ok) redirect(`/join/${code}`);
  return result;
}

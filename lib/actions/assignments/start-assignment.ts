"use server";
import { randomInt } from "node:crypto";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { startAssignment } from "@/lib/quiz/start-assignment";
import { requireAccount } from "@/lib/auth/viewer";
import { formObject, runAction, type ActionResult } from "@/lib/actions/result";
import { startAssignmentSchema } from "@/lib/teach";

/** Starts (or continues) the learner's attempt at an assignment of their class and opens the quiz. */
export async function startAssignmentAction(_prev: ActionResult<null>, form: FormData): Promise<ActionResult<null>> {
  let attemptId = "";
  const result = await runAction(startAssignmentSchema, formObject(form), async ({ assignmentId }) => {
    const viewer = await requireAccount();
    attemptId = (
      await startAssignment(db(), { userId: viewer.id, assignmentId, now: new Date(), seed: randomInt(2 ** 31) })
    ).attemptId;
    return null;
  });
  if (result.ok) redirect(`/quiz/${attemptId}`);
  return result;
}

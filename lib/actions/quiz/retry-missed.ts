"use server";
import { randomInt } from "node:crypto";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { requireViewer } from "@/lib/auth/viewer";
import { formObject, runAction, type ActionResult } from "@/lib/actions/result";
import { retryMissedSchema } from "@/lib/quiz/schema";
import { retryMissed } from "@/lib/quiz/retry-missed";

/** Starts a quiz of the questions the learner last got wrong (with the review page's filters). */
export async function retryMissedAction(_prev: ActionResult<null>, form: FormData): Promise<ActionResult<null>> {
  let attemptId = "";
  const result = await runAction(retryMissedSchema, formObject(form), async (filters) => {
    const viewer = await requireViewer();
    attemptId = await retryMissed(db(), viewer.id, filters, new Date(), randomInt(2 ** 31));
    return null;
  });
  if (result.ok) redirect(`/quiz/${attemptId}`);
  return result;
}

"use server";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { requireViewer } from "@/lib/auth/viewer";
import { formObject, runAction, type ActionResult } from "@/lib/actions/result";
import { attemptRefSchema } from "@/lib/quiz/schema";
import { finishQuiz } from "@/lib/quiz/finish";

/** Ends a quiz early; what was answered counts, the rest is marked unanswered. */
export async function finishQuizAction(_prev: ActionResult<null>, form: FormData): Promise<ActionResult<null>> {
  let target = "";
  const result = await runAction(attemptRefSchema, formObject(form), async ({ attemptId }) => {
    const viewer = await requireViewer();
    await finishQuiz(db(), viewer.id, attemptId, new Date());
    target = `/quiz/${attemptId}`;
    return null;
  });
  if (result.ok) redirect(target);
  return result;
}

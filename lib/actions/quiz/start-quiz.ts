"use server";
import { randomInt } from "node:crypto";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { getOrCreateLearner } from "@/lib/auth/guest";
import { runAction, type ActionResult } from "@/lib/actions/result";
import { startQuizSchema } from "@/lib/quiz/schema";
import { startPracticeQuiz } from "@/lib/quiz/start-practice";

/** Starts a practice quiz (a guest session is made if needed) and opens it. */
export async function startQuizAction(_prev: ActionResult<null>, form: FormData): Promise<ActionResult<null>> {
  let attemptId = "";
  // A tampered call may send something other than a form; zod then refuses it.
  const input =
    form instanceof FormData
      ? { group: form.get("group") ?? undefined, length: form.get("length") ?? undefined, kinds: form.getAll("kinds") }
      : form;
  const result = await runAction(startQuizSchema, input, async (choice) => {
    const viewer = await getOrCreateLearner();
    attemptId = await startPracticeQuiz(db(), viewer.id, choice, new Date(), randomInt(2 ** 31));
    return null;
  });
  if (result.ok) redirect(`/quiz/${attemptId}`);
  return result;
}

"use server";
import { randomInt } from "node:crypto";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { getOrCreateLearner } from "@/lib/auth/guest";
import { formObject, runAction, type ActionResult } from "@/lib/actions/result";
import { startFactQuizSchema } from "@/lib/aids";
import { startFactQuiz } from "@/lib/quiz/start-fact-quiz";

/** Starts a short practice quiz of the questions made from one fact ("Quiz me on this") and opens it. */
export async function startFactQuizAction(_prev: ActionResult<null>, form: FormData): Promise<ActionResult<null>> {
  let attemptId = "";
  const result = await runAction(startFactQuizSchema, formObject(form), async ({ factId }) => {
    attemptId = await startFactQuiz(db(), getOrCreateLearner, factId, new Date(), randomInt(2 ** 31));
    return null;
  });
  if (result.ok) redirect(`/quiz/${attemptId}`);
  return result;
}

"use server";
import { randomInt } from "node:crypto";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { createAttempt } from "@/lib/db/attempts";
import { questionsOnFact } from "@/lib/db/facts";
import { getOrCreateLearner } from "@/lib/auth/guest";
import { formObject, runAction, type ActionResult } from "@/lib/actions/result";
import { pickFactQuiz, startFactQuizSchema } from "@/lib/aids";
import { DomainError } from "@/lib/domain/errors";

/** Starts a short practice quiz of the questions made from one fact ("Quiz me on this") and opens it. */
export async function startFactQuizAction(_prev: ActionResult<null>, form: FormData): Promise<ActionResult<null>> {
  let attemptId = "";
  const result = await runAction(startFactQuizSchema, formObject(form), async ({ factId }) => {
    const questions = await questionsOnFact(db(), factId);
    if (questions.length === 0) {
      throw new DomainError(
        "There are no questions on this fact yet. Try another one, or start a quiz from the Quiz page.",
        {
          factId: ["No questions are made from this fact yet."],
        },
      );
    }
    // Only now: a guest session is not worth making for a quiz that cannot start.
    const viewer = await getOrCreateLearner();
    const seed = randomInt(2 ** 31);
    const questionIds = pickFactQuiz(questions, seed);
    attemptId = await createAttempt(db(), {
      userId: viewer.id,
      questionIds,
      mode: "practice",
      config: { factId, length: questionIds.length, seed },
      now: new Date(),
    });
    return null;
  });
  if (result.ok) redirect(`/quiz/${attemptId}`);
  return result;
}

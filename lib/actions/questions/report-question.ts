"use server";
import { db } from "@/lib/db/client";
import { assertReportable, createReport } from "@/lib/db/reports";
import { getOrCreateLearner } from "@/lib/auth/guest";
import { limitPerClient } from "@/lib/auth/client-limits";
import { formObject, runAction, type ActionResult } from "@/lib/actions/result";
import { reportQuestionSchema } from "@/lib/quiz/schema";

/** Stores a learner's report of a problem with a question, for their teachers to see. */
export async function reportQuestionAction(_prev: ActionResult<null>, form: FormData): Promise<ActionResult<null>> {
  return runAction(reportQuestionSchema, formObject(form), async ({ questionId, message }) => {
    await limitPerClient("report");
    // A report of no question is refused before a visitor's guest session is started for it.
    await assertReportable(db(), questionId);
    const viewer = await getOrCreateLearner();
    await createReport(db(), { questionId, userId: viewer.id, message, now: new Date() });
    return null;
  });
}

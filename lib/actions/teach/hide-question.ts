"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/client";
import { hideQuestion } from "@/lib/db/teach-reports";
import { requireTeacher } from "@/lib/auth/viewer";
import { formObject, runAction, type ActionResult } from "@/lib/actions/result";
import { hideQuestionSchema } from "@/lib/teach";

/** Hides a reported question from every future quiz and resolves the report. */
export async function hideQuestionAction(_prev: ActionResult<null>, form: FormData): Promise<ActionResult<null>> {
  return runAction(hideQuestionSchema, formObject(form), async ({ questionId, reportId }) => {
    await requireTeacher();
    await hideQuestion(db(), { questionId, reportId, now: new Date() });
    revalidatePath("/teach/reports");
    return null;
  });
}

"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/client";
import { curatorOf } from "@/lib/db/reader-scope";
import { hideQuestion } from "@/lib/db/teach-reports";
import { requireTeacher } from "@/lib/auth/viewer";
import { formObject, runAction, type ActionResult } from "@/lib/actions/result";
import { hideQuestionSchema } from "@/lib/teach";

/**
 * Hides a question from this teacher's sets, assignments and learners (a maintainer:
 * a library question from everyone) and resolves the report, if given.
 */
export async function hideQuestionAction(_prev: ActionResult<null>, form: FormData): Promise<ActionResult<null>> {
  return runAction(hideQuestionSchema, formObject(form), async ({ questionId, reportId }) => {
    const teacher = await requireTeacher();
    await hideQuestion(db(), { curator: curatorOf(teacher), questionId, reportId, now: new Date() });
    revalidatePath("/teach/reports");
    return null;
  });
}

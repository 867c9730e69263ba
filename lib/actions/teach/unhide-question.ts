"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/client";
import { curatorOf } from "@/lib/db/reader-scope";
import { unhideQuestion } from "@/lib/db/teach-reports";
import { requireTeacher } from "@/lib/auth/viewer";
import { formObject, runAction, type ActionResult } from "@/lib/actions/result";
import { unhideQuestionSchema } from "@/lib/teach";

/** Undoes this teacher's hide of a question (a maintainer's: a library question's hide for everyone). */
export async function unhideQuestionAction(_prev: ActionResult<null>, form: FormData): Promise<ActionResult<null>> {
  return runAction(unhideQuestionSchema, formObject(form), async ({ questionId }) => {
    const teacher = await requireTeacher();
    await unhideQuestion(db(), { curator: curatorOf(teacher), questionId });
    revalidatePath("/teach/reports");
    return null;
  });
}

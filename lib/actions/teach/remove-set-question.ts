"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/client";
import { removeQuestionFromSet } from "@/lib/db/teach-sets";
import { requireTeacher } from "@/lib/auth/viewer";
import { formObject, runAction, type ActionResult } from "@/lib/actions/result";
import { setQuestionSchema } from "@/lib/teach";

/** Takes a question out of one of the teacher's sets (attempts already made keep it). */
export async function removeSetQuestionAction(_prev: ActionResult<null>, form: FormData): Promise<ActionResult<null>> {
  return runAction(setQuestionSchema, formObject(form), async ({ setId, questionId }) => {
    const teacher = await requireTeacher();
    await removeQuestionFromSet(db(), { teacherId: teacher.id, setId, questionId });
    revalidatePath(`/teach/sets/${setId}`);
    return null;
  });
}

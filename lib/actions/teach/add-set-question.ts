"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/client";
import { addQuestionToSet } from "@/lib/db/teach-sets";
import { requireTeacher } from "@/lib/auth/viewer";
import { formObject, runAction, type ActionResult } from "@/lib/actions/result";
import { setQuestionSchema } from "@/lib/teach";

/** Adds a question from the bank to the end of one of the teacher's sets. */
export async function addSetQuestionAction(
  _prev: ActionResult<{ added: boolean } | null>,
  form: FormData,
): Promise<ActionResult<{ added: boolean }>> {
  return runAction(setQuestionSchema, formObject(form), async ({ setId, questionId }) => {
    const teacher = await requireTeacher();
    const result = await addQuestionToSet(db(), { teacherId: teacher.id, setId, questionId });
    revalidatePath(`/teach/sets/${setId}`);
    return result;
  });
}

"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/client";
import { moveQuestionInSet } from "@/lib/db/teach-sets";
import { requireTeacher } from "@/lib/auth/viewer";
import { formObject, runAction, type ActionResult } from "@/lib/actions/result";
import { moveSetQuestionSchema } from "@/lib/teach";

/** Moves a question one place up or down in one of the teacher's sets. */
export async function moveSetQuestionAction(
  _prev: ActionResult<{ position: number; total: number } | null>,
  form: FormData,
): Promise<ActionResult<{ position: number; total: number }>> {
  return runAction(moveSetQuestionSchema, formObject(form), async ({ setId, questionId, direction }) => {
    const teacher = await requireTeacher();
    const moved = await moveQuestionInSet(db(), { teacherId: teacher.id, setId, questionId, direction });
    revalidatePath(`/teach/sets/${setId}`);
    return moved;
  });
}

"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/client";
import { placeQuestionInSet } from "@/lib/db/teach-set-bulk";
import { requireTeacher } from "@/lib/auth/viewer";
import { formObject, runAction, type ActionResult } from "@/lib/actions/result";
import { placeSetQuestionSchema } from "@/lib/teach";

/** Moves a question of one of the teacher's sets to a position (where it was dropped). */
export async function placeSetQuestionAction(
  _prev: ActionResult<{ position: number; total: number } | null>,
  form: FormData,
): Promise<ActionResult<{ position: number; total: number }>> {
  return runAction(placeSetQuestionSchema, formObject(form), async ({ setId, questionId, position }) => {
    const teacher = await requireTeacher();
    const placed = await placeQuestionInSet(db(), { teacherId: teacher.id, setId, questionId, position });
    revalidatePath(`/teach/sets/${setId}`);
    return placed;
  });
}

"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/client";
import { updateSet } from "@/lib/db/teach-sets";
import { requireTeacher } from "@/lib/auth/viewer";
import { formObject, runAction, type ActionResult } from "@/lib/actions/result";
import { updateSetSchema } from "@/lib/teach";

/** Saves a question set's title and options (shuffle, feedback timing, attempts, time limit). */
export async function updateSetAction(_prev: ActionResult<null>, form: FormData): Promise<ActionResult<null>> {
  return runAction(updateSetSchema, formObject(form), async ({ setId, title, ...options }) => {
    const teacher = await requireTeacher();
    await updateSet(db(), { teacherId: teacher.id, setId, title, options });
    revalidatePath(`/teach/sets/${setId}`);
    return null;
  });
}

"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/client";
import { loadTeacherBank } from "@/lib/db/questions";
import { addQuestionsToSet } from "@/lib/db/teach-set-bulk";
import { MAX_SET_QUESTIONS } from "@/lib/db/teach-sets";
import { requireTeacher } from "@/lib/auth/viewer";
import { formObject, runAction, type ActionResult } from "@/lib/actions/result";
import { addMatchingSchema, describeBulkAdd, matchesFilter } from "@/lib/teach";

/**
 * Adds every bank question matching the filter (all pages) to one of the teacher's
 * sets. The match is recomputed here from the same bank the set page browses, so a
 * tampered form can add nothing the teacher could not add one by one.
 */
export async function addMatchingQuestionsAction(
  _prev: ActionResult<string | null>,
  form: FormData,
): Promise<ActionResult<string>> {
  return runAction(addMatchingSchema, formObject(form), async ({ setId, ...filter }) => {
    const teacher = await requireTeacher();
    const bank = await loadTeacherBank(db(), teacher.id);
    const ids = bank.filter((q) => matchesFilter(q, { ...filter, page: 1 })).map((q) => q.id);
    const result = await addQuestionsToSet(db(), { teacherId: teacher.id, setId, questionIds: ids });
    revalidatePath(`/teach/sets/${setId}`);
    return describeBulkAdd(result, MAX_SET_QUESTIONS);
  });
}

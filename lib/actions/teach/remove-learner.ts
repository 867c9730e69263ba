"use server";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { removeLearner } from "@/lib/db/teach-classes";
import { requireTeacher } from "@/lib/auth/viewer";
import { formObject, runAction, type ActionResult } from "@/lib/actions/result";
import { removeLearnerSchema } from "@/lib/teach";

/** Takes a learner off one of the teacher's class rosters (after the page's confirm step). */
export async function removeLearnerAction(_prev: ActionResult<null>, form: FormData): Promise<ActionResult<null>> {
  let target = "";
  const result = await runAction(removeLearnerSchema, formObject(form), async ({ classId, learnerId }) => {
    const teacher = await requireTeacher();
    const { name } = await removeLearner(db(), { teacherId: teacher.id, classId, learnerId });
    target = `/teach/classes/${classId}?removed=${encodeURIComponent(name)}`;
    return null;
  });
  if (result.ok) redirect(target);
  return result;
}

"use server";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { createAssignment } from "@/lib/db/teach-assignments";
import { requireTeacher } from "@/lib/auth/viewer";
import { formObject, runAction, type ActionResult } from "@/lib/actions/result";
import { createAssignmentSchema } from "@/lib/teach";

/** Assigns one of the teacher's sets to one of their classes, open from one date and due by another. */
export async function createAssignmentAction(_prev: ActionResult<null>, form: FormData): Promise<ActionResult<null>> {
  let assignmentId = "";
  const result = await runAction(createAssignmentSchema, formObject(form), async (input) => {
    const teacher = await requireTeacher();
    assignmentId = await createAssignment(db(), { teacherId: teacher.id, ...input });
    return null;
  });
  if (result.ok) redirect(`/teach/assignments/${assignmentId}`);
  return result;
}

"use server";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { createSet } from "@/lib/db/teach-sets";
import { requireTeacher } from "@/lib/auth/viewer";
import { formObject, runAction, type ActionResult } from "@/lib/actions/result";
import { createSetSchema } from "@/lib/teach";

/** Creates an empty question set and opens it to add questions. */
export async function createSetAction(_prev: ActionResult<null>, form: FormData): Promise<ActionResult<null>> {
  let setId = "";
  const result = await runAction(createSetSchema, formObject(form), async ({ title }) => {
    const teacher = await requireTeacher();
    setId = await createSet(db(), { teacherId: teacher.id, title });
    return null;
  });
  if (result.ok) redirect(`/teach/sets/${setId}`);
  return result;
}

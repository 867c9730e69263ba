"use server";
import { randomInt } from "node:crypto";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { createClass } from "@/lib/db/teach-classes";
import { requireTeacher } from "@/lib/auth/viewer";
import { formObject, runAction, type ActionResult } from "@/lib/actions/result";
import { createClassSchema } from "@/lib/teach";

/** Creates a class with a fresh join code and opens it. */
export async function createClassAction(_prev: ActionResult<null>, form: FormData): Promise<ActionResult<null>> {
  let classId = "";
  const result = await runAction(createClassSchema, formObject(form), async ({ name }) => {
    const teacher = await requireTeacher();
    classId = (await createClass(db(), { teacherId: teacher.id, name, randomIndex: (n) => randomInt(n) })).id;
    return null;
  });
  if (result.ok) redirect(`/teach/classes/${classId}`);
  return result;
}

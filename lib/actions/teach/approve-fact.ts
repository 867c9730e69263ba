"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/client";
import { teacherArticleStore } from "@/lib/db/teach-articles";
import { setFactStatus } from "@/lib/teach/review-facts";
import { requireTeacher } from "@/lib/auth/viewer";
import { formObject, runAction, type ActionResult } from "@/lib/actions/result";
import { factRefSchema } from "@/lib/teach";

/** Approves a proposed fact of the teacher's article (status reviewed) and regenerates the question bank. */
export async function approveFactAction(_prev: ActionResult<null>, form: FormData): Promise<ActionResult<null>> {
  return runAction(factRefSchema, formObject(form), async ({ slug, factId }) => {
    const teacher = await requireTeacher();
    await setFactStatus(teacherArticleStore(db()), { ownerId: teacher.id, slug, factId, status: "reviewed" });
    revalidatePath(`/teach/articles/${slug}`);
    return null;
  });
}

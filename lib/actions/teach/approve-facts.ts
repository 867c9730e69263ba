"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/client";
import { teacherArticleStore } from "@/lib/db/teach-articles";
import { approveFacts } from "@/lib/teach/review-facts";
import { requireTeacher } from "@/lib/auth/viewer";
import { runAction, type ActionResult } from "@/lib/actions/result";
import { approveFactsSchema } from "@/lib/teach";

/** Approves every ticked fact of the teacher's article and regenerates the bank once. */
export async function approveFactsAction(
  _prev: ActionResult<string | null>,
  form: FormData,
): Promise<ActionResult<string>> {
  // Many checkboxes share the name factId, so this reads all of them (formObject keeps the last).
  const input =
    form instanceof FormData
      ? { slug: form.get("slug"), factIds: form.getAll("factId").filter((v) => typeof v === "string") }
      : {};
  return runAction(approveFactsSchema, input, async ({ slug, factIds }) => {
    const teacher = await requireTeacher();
    const { approved } = await approveFacts(teacherArticleStore(db()), { ownerId: teacher.id, slug, factIds });
    revalidatePath(`/teach/articles/${slug}`);
    return `Approved ${approved} ${approved === 1 ? "fact" : "facts"}.`;
  });
}

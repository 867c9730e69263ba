"use server";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { reviewedArticleQuestionIds } from "@/lib/db/teach-fact-review";
import { addQuestionsToSet } from "@/lib/db/teach-set-bulk";
import { createSet, MAX_SET_QUESTIONS } from "@/lib/db/teach-sets";
import { requireTeacher } from "@/lib/auth/viewer";
import { formObject, runAction, type ActionResult } from "@/lib/actions/result";
import { addArticleQuestionsSchema, describeBulkAdd } from "@/lib/teach";
import { DomainError } from "@/lib/domain/errors";

/** Adds every reviewed question from the teacher's article to one of their sets (or a new one), then opens the set. */
export async function addArticleQuestionsAction(
  _prev: ActionResult<null>,
  form: FormData,
): Promise<ActionResult<null>> {
  let target = "";
  const result = await runAction(addArticleQuestionsSchema, formObject(form), async (input) => {
    const teacher = await requireTeacher();
    const ids = await reviewedArticleQuestionIds(db(), { ownerId: teacher.id, slug: input.slug });
    if (ids.length === 0)
      throw new DomainError("This article has no reviewed questions yet. Approve some facts first.");
    const setId =
      input.target === "new" ? await createSet(db(), { teacherId: teacher.id, title: input.newTitle }) : input.setId;
    const added = await addQuestionsToSet(db(), { teacherId: teacher.id, setId, questionIds: ids });
    target = `/teach/sets/${setId}?added=${encodeURIComponent(describeBulkAdd(added, MAX_SET_QUESTIONS))}`;
    return null;
  });
  if (result.ok) redirect(target);
  return result;
}

"use server";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { factForEdit, updateFact } from "@/lib/db/teach-articles";
import { requireTeacher } from "@/lib/auth/viewer";
import { formObject, runAction, type ActionResult } from "@/lib/actions/result";
import { applyFactEdit, factRefSchema } from "@/lib/teach";
import { DomainError } from "@/lib/domain/errors";

/** Saves a teacher's edit of one fact of their article; every quote must still be in its passage. */
export async function editFactAction(_prev: ActionResult<null>, form: FormData): Promise<ActionResult<null>> {
  const fields = formObject(form);
  let slug = "";
  const result = await runAction(factRefSchema, { slug: fields.slug, factId: fields.factId }, async (ref) => {
    const teacher = await requireTeacher();
    const { article, fact, entityIds } = await factForEdit(db(), { ownerId: teacher.id, ...ref });
    const edited = applyFactEdit(fact, fields, { articles: [article], entityIds });
    if (!edited.ok) throw new DomainError("Please correct the highlighted fields.", edited.fieldErrors);
    await updateFact(db(), { ownerId: teacher.id, slug: ref.slug, fact: edited.fact });
    slug = ref.slug;
    return null;
  });
  if (result.ok) redirect(`/teach/articles/${slug}#fact-${encodeURIComponent(fields.factId ?? "")}`);
  return result;
}

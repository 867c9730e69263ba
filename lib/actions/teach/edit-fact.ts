"use server";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { factForEdit, teacherArticleStore } from "@/lib/db/teach-articles";
import { factFormContext } from "@/lib/db/teach-fact-review";
import { saveFactEdit } from "@/lib/teach/review-facts";
import { requireTeacher } from "@/lib/auth/viewer";
import { formObject, runAction, type ActionResult } from "@/lib/actions/result";
import { applyFactEdit, factRefSchema, resolveEntityNames } from "@/lib/teach";
import { DomainError } from "@/lib/domain/errors";

/** Saves a teacher's edit of one fact of their article; entities by name (new ones created), every quote still in its passage. */
export async function editFactAction(_prev: ActionResult<null>, form: FormData): Promise<ActionResult<null>> {
  const fields = formObject(form);
  let slug = "";
  const result = await runAction(factRefSchema, { slug: fields.slug, factId: fields.factId }, async (ref) => {
    const teacher = await requireTeacher();
    const { article, fact } = await factForEdit(db(), { ownerId: teacher.id, ...ref });
    const { entities } = await factFormContext(db(), { ownerId: teacher.id, slug: ref.slug });
    const resolved = resolveEntityNames(fact.kind, fields, entities);
    if (!resolved.ok) throw new DomainError("Please correct the highlighted fields.", resolved.fieldErrors);
    const entityIds = new Set([...entities, ...resolved.newEntities].map((e) => e.id));
    const edited = applyFactEdit(fact, resolved.form, { articles: [article], entityIds });
    if (!edited.ok) throw new DomainError("Please correct the highlighted fields.", edited.fieldErrors);
    await saveFactEdit(teacherArticleStore(db()), {
      ownerId: teacher.id,
      slug: ref.slug,
      fact: edited.fact,
      newEntities: resolved.newEntities,
    });
    slug = ref.slug;
    return null;
  });
  if (result.ok) redirect(`/teach/articles/${slug}#fact-${encodeURIComponent(fields.factId ?? "")}`);
  return result;
}

"use server";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { factFormContext } from "@/lib/db/teach-fact-review";
import { teacherArticleStore } from "@/lib/db/teach-articles";
import { addFact } from "@/lib/teach/review-facts";
import { requireTeacher } from "@/lib/auth/viewer";
import { formObject, runAction, type ActionResult } from "@/lib/actions/result";
import { applyFactEdit, newFactDraft, newFactSchema, resolveEntityNames } from "@/lib/teach";
import { DomainError } from "@/lib/domain/errors";

/**
 * Adds a fact the extractor missed to the teacher's article: the quote must be found
 * word for word in the chosen passage, entities are named (new ones created with the
 * type the teacher chose), and the whole fact passes the fact base's schema.
 */
export async function addFactAction(_prev: ActionResult<null>, form: FormData): Promise<ActionResult<null>> {
  const fields = formObject(form);
  let target = "";
  const result = await runAction(newFactSchema, fields, async ({ slug, passage, kind, status, "quote.0": quote }) => {
    const teacher = await requireTeacher();
    const { article, entities } = await factFormContext(db(), { ownerId: teacher.id, slug });
    const resolved = resolveEntityNames(kind, fields, entities);
    if (!resolved.ok) throw new DomainError("Please correct the highlighted fields.", resolved.fieldErrors);
    const draft = newFactDraft(kind, { article: slug, passage, quote }, status, fields.statement ?? "");
    const entityIds = new Set([...entities, ...resolved.newEntities].map((e) => e.id));
    const built = applyFactEdit(draft, { ...resolved.form, "quote.0": quote }, { articles: [article], entityIds });
    if (!built.ok) throw new DomainError("Please correct the highlighted fields.", built.fieldErrors);
    const { factId } = await addFact(teacherArticleStore(db()), {
      ownerId: teacher.id,
      slug,
      fact: built.fact,
      newEntities: resolved.newEntities,
    });
    target = `/teach/articles/${slug}#fact-${encodeURIComponent(factId)}`;
    return null;
  });
  if (result.ok) redirect(target);
  return result;
}

"use server";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { teacherArticleStore } from "@/lib/db/teach-articles";
import { importArticle, teacherImports } from "@/lib/teach/import-article";
import { requireTeacher } from "@/lib/auth/viewer";
import { formObject, runAction, type ActionResult } from "@/lib/actions/result";
import { importArticleSchema } from "@/lib/teach";

/** Stores a pasted article (layout repaired) with the facts the extractor proposes, for review. */
export async function importArticleAction(_prev: ActionResult<null>, form: FormData): Promise<ActionResult<null>> {
  let slug = "";
  const result = await runAction(importArticleSchema, formObject(form), async (input) => {
    const teacher = await requireTeacher();
    slug = (await importArticle(teacherImports(teacherArticleStore(db()), teacher.id), input)).slug;
    return null;
  });
  if (result.ok) redirect(`/teach/articles/${slug}`);
  return result;
}

"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/client";
import { libraryStore } from "@/lib/db/library";
import { promoteArticle } from "@/lib/teach/promote-article";
import { requireMaintainer } from "@/lib/auth/viewer";
import { formObject, runAction, type ActionResult } from "@/lib/actions/result";
import { promoteArticleSchema } from "@/lib/teach";

/** A maintainer moves a teacher's article, and its reviewed facts, into the shared library. */
export async function promoteArticleAction(_prev: ActionResult<null>, form: FormData): Promise<ActionResult<null>> {
  return runAction(promoteArticleSchema, formObject(form), async ({ slug }) => {
    await requireMaintainer();
    await promoteArticle(libraryStore(db()), slug);
    revalidatePath("/sources");
    revalidatePath(`/sources/${slug}`);
    return null;
  });
}

"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/client";
import { curatorOf } from "@/lib/db/reader-scope";
import { resolveReport } from "@/lib/db/teach-reports";
import { requireTeacher } from "@/lib/auth/viewer";
import { formObject, runAction, type ActionResult } from "@/lib/actions/result";
import { reportRefSchema } from "@/lib/teach";

/** Marks a learner's report on a question as dealt with, leaving the question as it is. */
export async function resolveReportAction(_prev: ActionResult<null>, form: FormData): Promise<ActionResult<null>> {
  return runAction(reportRefSchema, formObject(form), async ({ reportId }) => {
    const teacher = await requireTeacher();
    await resolveReport(db(), curatorOf(teacher), reportId, new Date());
    revalidatePath("/teach/reports");
    return null;
  });
}

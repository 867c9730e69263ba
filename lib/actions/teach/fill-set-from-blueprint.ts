"use server";
import { randomInt } from "node:crypto";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/client";
import { loadTeacherBank } from "@/lib/db/questions";
import { addQuestionsToSet } from "@/lib/db/teach-set-bulk";
import { getOwnSet, MAX_SET_QUESTIONS } from "@/lib/db/teach-sets";
import { requireTeacher } from "@/lib/auth/viewer";
import { formObject, runAction, type ActionResult } from "@/lib/actions/result";
import { assembleQuiz } from "@/lib/questions";
import { blueprintFromWeights, describeBlueprintFill, describeBulkAdd, fillFromBlueprintSchema } from "@/lib/teach";
import { DomainError } from "@/lib/domain/errors";

/**
 * Adds questions to one of the teacher's sets, mixed to the blueprint they set: drawn
 * from their own bank (reviewed, not hidden, not already in the set), a fact asked once
 * while others remain.
 */
export async function fillSetFromBlueprintAction(
  _prev: ActionResult<string | null>,
  form: FormData,
): Promise<ActionResult<string>> {
  return runAction(fillFromBlueprintSchema, formObject(form), async (input) => {
    const teacher = await requireTeacher();
    const set = await getOwnSet(db(), teacher.id, input.setId);
    const bank = (await loadTeacherBank(db(), teacher.id)).filter((q) => !q.hidden && !q.retired);
    const blueprint = blueprintFromWeights(input);
    const picked = assembleQuiz(
      bank,
      { length: input.length, seed: randomInt(2 ** 31), excludeIds: set.questionIds },
      blueprint,
    );
    if (picked.length === 0) {
      throw new DomainError("No questions left in your bank for these parts. Give other parts a weight.", {
        part0: ["No unused questions of these parts."],
      });
    }
    const result = await addQuestionsToSet(db(), {
      teacherId: teacher.id,
      setId: set.id,
      questionIds: picked.map((q) => q.id),
    });
    revalidatePath(`/teach/sets/${set.id}`);
    const mix = describeBlueprintFill(picked, blueprint);
    return `${describeBulkAdd(result, MAX_SET_QUESTIONS)}${mix && result.added ? ` Mix: ${mix}.` : ""}`;
  });
}

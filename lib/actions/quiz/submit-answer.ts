"use server";
import { db } from "@/lib/db/client";
import { requireViewer } from "@/lib/auth/viewer";
import { runAction, type ActionResult } from "@/lib/actions/result";
import { submitAnswerSchema } from "@/lib/quiz/schema";
import { submitAnswer, type SubmitAnswerData } from "@/lib/quiz/submit";

export type { SubmitAnswerData };

/** Grades and stores one answer, once: a retried or doubled submit returns the stored result. */
export async function submitAnswerAction(input: unknown): Promise<ActionResult<SubmitAnswerData>> {
  return runAction(submitAnswerSchema, input, async (data) => {
    const viewer = await requireViewer();
    return submitAnswer(db(), viewer.id, data, new Date());
  });
}

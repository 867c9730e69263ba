"use server";
import { randomInt } from "node:crypto";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { createAttempt } from "@/lib/db/attempts";
import { missedQuestions } from "@/lib/db/review";
import { loadLearnerBank } from "@/lib/db/questions";
import { teachersOf } from "@/lib/db/reader-scope";
import { requireViewer } from "@/lib/auth/viewer";
import { formObject, runAction, type ActionResult } from "@/lib/actions/result";
import { TOPIC_GROUPS } from "@/lib/questions/topic-groups";
import { retryMissedSchema } from "@/lib/quiz/schema";
import { shuffle } from "@/lib/questions/random";
import { DomainError } from "@/lib/domain/errors";

/** The most questions one retry quiz holds; the rest stay on the review list. */
const MAX_RETRY = 20;

/** Starts a quiz of the questions the learner last got wrong (with the review page's filters). */
export async function retryMissedAction(_prev: ActionResult<null>, form: FormData): Promise<ActionResult<null>> {
  let attemptId = "";
  const result = await runAction(retryMissedSchema, formObject(form), async ({ group, assignmentId }) => {
    const viewer = await requireViewer();
    const topics = TOPIC_GROUPS.find((g) => g.id === group)?.topics;
    const servable = new Map((await loadLearnerBank(db(), await teachersOf(db(), viewer.id))).map((q) => [q.id, q]));
    const missed = (await missedQuestions(db(), viewer.id, { assignmentId }, new Date()))
      .map((m) => servable.get(m.questionId))
      .filter((q) => q !== undefined && (!topics || topics.includes(q.topic)));
    if (missed.length === 0) throw new DomainError("Nothing to retry: you have no missed questions here.");
    const seed = randomInt(2 ** 31);
    const ids = shuffle(
      missed.map((q) => q!.id),
      seed,
    ).slice(0, MAX_RETRY);
    attemptId = await createAttempt(db(), {
      userId: viewer.id,
      questionIds: ids,
      mode: "retry",
      config: { group, assignmentId, seed },
      now: new Date(),
    });
    return null;
  });
  if (result.ok) redirect(`/quiz/${attemptId}`);
  return result;
}

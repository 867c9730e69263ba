"use server";
import { randomInt } from "node:crypto";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { createAttempt } from "@/lib/db/attempts";
import { loadServableBank } from "@/lib/db/questions";
import { teachersOf } from "@/lib/db/reader-scope";
import { getOrCreateLearner } from "@/lib/auth/guest";
import { runAction, type ActionResult } from "@/lib/actions/result";
import { assembleQuiz, DEFAULT_BLUEPRINT } from "@/lib/questions";
import { TOPIC_GROUPS } from "@/lib/questions/topic-groups";
import { startQuizSchema } from "@/lib/quiz/schema";
import { DomainError } from "@/lib/domain/errors";

/** Starts a practice quiz (a guest session is made if needed) and opens it. */
export async function startQuizAction(_prev: ActionResult<null>, form: FormData): Promise<ActionResult<null>> {
  let attemptId = "";
  // A tampered call may send something other than a form; zod then refuses it.
  const input =
    form instanceof FormData
      ? { group: form.get("group") ?? undefined, length: form.get("length") ?? undefined, kinds: form.getAll("kinds") }
      : form;
  const result = await runAction(startQuizSchema, input, async ({ group, length, kinds }) => {
    const viewer = await getOrCreateLearner();
    const topics = TOPIC_GROUPS.find((g) => g.id === group)?.topics;
    const bank = (await loadServableBank(db(), { hiddenBy: await teachersOf(db(), viewer.id) })).filter(
      (q) => !topics || topics.includes(q.topic),
    );
    const seed = randomInt(2 ** 31);
    // A teacher's mix (blueprint.ts): mostly choice on positions, motives and terms, little true/false.
    const quiz = assembleQuiz(
      bank,
      { topic: "mixed", kinds: kinds.length ? kinds : undefined, length, seed },
      DEFAULT_BLUEPRINT,
    );
    if (quiz.length === 0) {
      throw new DomainError("No questions match that choice. Try another topic or more question kinds.", {
        kinds: ["No questions of these kinds in this topic."],
      });
    }
    attemptId = await createAttempt(db(), {
      userId: viewer.id,
      questionIds: quiz.map((q) => q.id),
      mode: "practice",
      config: { group, length, kinds, seed },
      now: new Date(),
    });
    return null;
  });
  if (result.ok) redirect(`/quiz/${attemptId}`);
  return result;
}

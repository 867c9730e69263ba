// The feedback for an answer already stored, so a reload during feedback shows it again instead of moving on.
import type { Db } from "../db/client";
import type { AttemptRecord } from "../db/attempts";
import { assignmentFeedbackWithheld } from "../db/assignments";
import { answerSchema, gradeAnswer, type Answer, type Question } from "../questions";
import { withheldResult, type SubmitAnswerData } from "./submit";

export type StoredFeedback = { result: SubmitAnswerData; answer: Answer };

/** The learner's stored answer to one question of their attempt, graded again, or null if it has none. */
export async function storedFeedback(
  db: Db,
  attempt: AttemptRecord,
  question: Question,
  now: Date,
): Promise<StoredFeedback | null> {
  const response = attempt.responses.find((r) => r.questionId === question.id);
  const answer = response ? answerSchema.safeParse(response.answer) : null;
  if (!answer?.success) return null;
  const finished = attempt.finishedAt !== null;
  if (await assignmentFeedbackWithheld(db, attempt, now))
    return { result: withheldResult(finished), answer: answer.data };
  return { result: { ...gradeAnswer(question, answer.data), finished }, answer: answer.data };
}

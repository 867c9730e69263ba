// Submitting one answer: the one place that checks, grades and stores it, used
// by the quiz page's server action and by the JSON API for outside callers.
import type { Db } from "../db/client";
import { finishAttempt, getAnswerTarget, recordResponse } from "../db/attempts";
import { assignmentFeedbackWithheld } from "../db/assignments";
import { getVersionedQuestions } from "../db/questions";
import { addFactsToDeck } from "../db/cards";
import { gradeAnswer, type GradeResult } from "../questions";
import { ConflictError, DomainError, NotFoundError } from "../domain/errors";
import { submitAnswerSchema, type SubmitAnswerInput } from "./schema";
import { attemptDeadline, pastDeadline } from "./time-limit";

/** withheld: an assignment whose feedback comes after its due date; the answer is stored, the result not shown. */
export type SubmitAnswerData = GradeResult & { finished: boolean; withheld?: boolean };

/** What a learner sees after answering while feedback is held back: that it was saved, nothing more. */
export function withheldResult(finished: boolean): SubmitAnswerData {
  return { correct: false, score: 0, rightAnswer: [], explanation: "", evidence: [], finished, withheld: true };
}

/** Grades and stores one answer, once: a retried or doubled submit returns the stored result. */
export async function submitAnswer(
  db: Db,
  userId: string,
  input: SubmitAnswerInput,
  now: Date,
): Promise<SubmitAnswerData> {
  const { attemptId, questionId, idempotencyKey, answer } = input;
  const attempt = await getAnswerTarget(db, attemptId, userId, questionId);
  if (!attempt.questionIds.includes(questionId)) throw new NotFoundError("That question is not part of this quiz.");
  const versioned = (await getVersionedQuestions(db, [questionId])).get(questionId);
  if (!versioned) throw new NotFoundError("That question does not exist.");
  const { question } = versioned;
  if (answer.kind !== question.kind) throw new DomainError("That answer does not fit this question.");

  if (!attempt.existing && attempt.finished) throw new ConflictError("This quiz is already finished.");
  if (!attempt.existing && pastDeadline(attemptDeadline(attempt), now)) {
    // Time is up: close the attempt so the learner is taken to the summary, and count nothing new.
    await finishAttempt(db, attempt.id, userId, now);
    throw new ConflictError(
      "Time is up: this answer arrived after the time limit and was not counted. Your earlier answers are saved.",
    );
  }

  const grade = gradeAnswer(question, answer);
  const { response, written, finished } = await recordResponse(db, {
    attempt,
    questionId,
    idempotencyKey,
    answer,
    correct: grade.correct,
    score: grade.score,
    questionHash: versioned.contentHash,
    now,
  });
  const done = finished || attempt.finished;
  // Until an "after the due date" assignment is due, nothing may reveal the answer, not even a flashcard.
  if (await assignmentFeedbackWithheld(db, attempt, now)) {
    return withheldResult(done);
  }
  // A missed question goes into the learner's flashcard deck.
  if (written && !response.correct) await addFactsToDeck(db, userId, question.factIds, now);
  // The stored answer decides: a second submit shows the first one's result.
  const stored = written ? grade : gradeAnswer(question, submitAnswerSchema.shape.answer.parse(response.answer));
  return { ...stored, finished: done };
}

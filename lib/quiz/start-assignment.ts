// Starting an assignment: the learner's open attempt, or a new one within the attempts the set allows.
import type { Db } from "../db/client";
import { createAttempt } from "../db/attempts";
import { assignmentItems, getLearnerAssignment } from "../db/assignments";
import { attemptOrder } from "../teach";
import { ConflictError, DomainError } from "../domain/errors";

/**
 * Starts an attempt at an assignment, or returns the open one. The questions are
 * the set's servable ones in set order, shuffled with the seed when the set says so;
 * refused before the assignment opens and once the attempts allowed are used up.
 */
export async function startAssignment(
  db: Db,
  input: { userId: string; assignmentId: string; now: Date; seed: number },
): Promise<{ attemptId: string; resumed: boolean }> {
  const detail = await getLearnerAssignment(db, input.userId, input.assignmentId);
  if (detail.openAttemptId) return { attemptId: detail.openAttemptId, resumed: true };
  if (input.now < detail.opensAt) throw new DomainError("This assignment is not open yet.");
  if (detail.attemptsUsed >= detail.options.attemptsAllowed)
    throw new ConflictError("You have used all the attempts allowed for this assignment.");
  const items = await assignmentItems(db, detail.id);
  const questionIds = attemptOrder(items.questionIds, {
    shuffle: detail.options.shuffle,
    seed: input.seed,
    servable: items.servable,
  });
  if (questionIds.length === 0)
    throw new DomainError("This assignment has no questions to answer yet. Ask your teacher.");
  const attemptId = await createAttempt(db, {
    userId: input.userId,
    questionIds,
    mode: "assignment",
    assignmentId: detail.id,
    config: {
      assignmentId: detail.id,
      seed: input.seed,
      shuffle: detail.options.shuffle,
      feedback: detail.options.feedback,
      timeLimitMinutes: detail.options.timeLimitMinutes,
    },
    now: input.now,
  });
  return { attemptId, resumed: false };
}

// A timed attempt's deadline: the one rule the quiz page's timer and the server's refusal share.
import { z } from "zod";

/**
 * Answers sent this long after the limit still count: the learner pressed Submit in time but the request
 * was slow. Long enough for a phone on a bad connection, short enough not to be extra time.
 */
export const TIME_LIMIT_GRACE_MS = 15_000;

const timedConfigSchema = z.object({ timeLimitMinutes: z.number().int().positive().nullable().optional() }).catch({});

/** When the attempt's time runs out, or null when it has no limit. */
export function attemptDeadline(attempt: { startedAt: Date; config: unknown }): Date | null {
  const minutes = timedConfigSchema.parse(attempt.config).timeLimitMinutes;
  return minutes ? new Date(attempt.startedAt.getTime() + minutes * 60_000) : null;
}

/** Whether an answer arriving at `now` is too late to count. */
export function pastDeadline(deadline: Date | null, now: Date): boolean {
  return deadline !== null && now.getTime() > deadline.getTime() + TIME_LIMIT_GRACE_MS;
}

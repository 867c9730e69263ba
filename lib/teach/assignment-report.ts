// One assignment's results, from its learners and attempts: who has done it, each
// learner's counted score, the class's score distribution, item analysis and the
// passage heatmap. Pure: the page and the CSV export both build on this.
//
// Which attempt counts: with several attempts allowed, a learner's best submitted
// attempt counts (the earliest of equal ones), like Moodle's default "highest grade".
// Statistics use submitted attempts only; an attempt still open is "in progress".
import { analyzeItems, type ItemResponse, type ItemStats, type LearnerScore } from "./item-analysis";
import { attemptScore, isLate } from "../domain/attempt";
import { passageHeat, type PassageHeat, type PassageRef } from "./heatmap";

export type ReportResponse = {
  questionId: string;
  correct: boolean;
  score: number;
  answerText: string;
  answeredAt: Date;
};
export type ReportAttempt = {
  id: string;
  userId: string;
  questionIds: readonly string[];
  startedAt: Date;
  finishedAt: Date | null;
  responses: readonly ReportResponse[];
};
export type ReportLearner = { id: string; name: string; email: string };
export type ReportQuestion = { id: string; evidence: readonly PassageRef[] };

export type LearnerStatus = "not-started" | "in-progress" | "submitted";

export type LearnerRow = {
  learner: ReportLearner;
  status: LearnerStatus;
  attemptsUsed: number;
  /** The counted attempt (best submitted), or the open one while none is submitted. */
  attempt: ReportAttempt | null;
  /** 0..1 over the attempt's questions; null until submitted. */
  score: number | null;
  right: number | null;
  submittedAt: Date | null;
  /** Submitted after the due date, or not submitted while the due date has passed. */
  late: boolean;
  /** Took longer than the set's time limit. */
  overTime: boolean;
};

export type DistributionBand = { label: string; from: number; to: number; count: number };

export type AssignmentReport = {
  learners: LearnerRow[];
  enrolled: number;
  submitted: number;
  inProgress: number;
  /** Mean of the counted scores, 0..1, or null with none submitted. */
  meanScore: number | null;
  distribution: DistributionBand[];
  items: ItemStats[];
  heat: Map<string, PassageHeat>;
};

function bestSubmitted(attempts: readonly ReportAttempt[]): ReportAttempt | null {
  let best: { a: ReportAttempt; score: number } | null = null;
  for (const a of attempts) {
    if (!a.finishedAt) continue;
    const { score } = attemptScore(a);
    if (!best || score > best.score || (score === best.score && a.startedAt < best.a.startedAt)) best = { a, score };
  }
  return best?.a ?? null;
}

/** Ten bands of ten percentage points; the last one includes 100%. */
export function scoreDistribution(scores: readonly number[]): DistributionBand[] {
  const bands: DistributionBand[] = Array.from({ length: 10 }, (_, i) => ({
    label: i === 9 ? "90–100%" : `${i * 10}–${i * 10 + 9}%`,
    from: i / 10,
    to: (i + 1) / 10,
    count: 0,
  }));
  for (const s of scores) {
    const band = bands[Math.min(9, Math.max(0, Math.floor(Math.round(s * 1000) / 100)))];
    if (band) band.count += 1;
  }
  return bands;
}

export function buildAssignmentReport(input: {
  learners: readonly ReportLearner[];
  attempts: readonly ReportAttempt[];
  /** The set's questions in set order. */
  questions: readonly ReportQuestion[];
  dueAt: Date;
  timeLimitMinutes: number | null;
  now: Date;
}): AssignmentReport {
  const byLearner = new Map<string, ReportAttempt[]>();
  for (const a of input.attempts) byLearner.set(a.userId, [...(byLearner.get(a.userId) ?? []), a]);

  const rows: LearnerRow[] = input.learners.map((learner) => {
    const attempts = byLearner.get(learner.id) ?? [];
    const counted = bestSubmitted(attempts);
    const open = attempts.find((a) => !a.finishedAt) ?? null;
    const status: LearnerStatus = counted ? "submitted" : open ? "in-progress" : "not-started";
    const scored = counted ? attemptScore(counted) : null;
    const limitMs = input.timeLimitMinutes === null ? null : input.timeLimitMinutes * 60_000;
    return {
      learner,
      status,
      attemptsUsed: attempts.length,
      attempt: counted ?? open,
      score: scored?.score ?? null,
      right: scored?.right ?? null,
      submittedAt: counted?.finishedAt ?? null,
      late: isLate(counted?.finishedAt ?? null, input.dueAt, input.now),
      overTime: Boolean(
        counted?.finishedAt && limitMs !== null && counted.finishedAt.getTime() - counted.startedAt.getTime() > limitMs,
      ),
    };
  });

  const submittedRows = rows.filter((r) => r.status === "submitted" && r.attempt);
  const scores: LearnerScore[] = submittedRows.map((r) => ({
    learnerId: r.learner.id,
    total: r.score ?? 0,
    asked: new Set(r.attempt?.questionIds ?? []),
    responses: new Map<string, ItemResponse>(
      (r.attempt?.responses ?? []).map((x) => [
        x.questionId,
        { correct: x.correct, score: x.score, answerText: x.answerText },
      ]),
    ),
  }));
  // Item analysis covers every question of the set and any an attempt had that the set has since dropped.
  const questionIds = [
    ...new Set([...input.questions.map((q) => q.id), ...submittedRows.flatMap((r) => r.attempt?.questionIds ?? [])]),
  ];
  const items = analyzeItems(questionIds, scores).filter(
    (i) => i.takers > 0 || input.questions.some((q) => q.id === i.questionId),
  );

  const evidence = new Map(input.questions.map((q) => [q.id, q.evidence]));
  const outcomes = submittedRows.flatMap((r) =>
    (r.attempt?.questionIds ?? []).map((questionId) => ({
      questionId,
      missed: !(r.attempt?.responses.find((x) => x.questionId === questionId)?.correct ?? false),
    })),
  );

  const counted = submittedRows.map((r) => r.score ?? 0);
  return {
    learners: rows,
    enrolled: input.learners.length,
    submitted: submittedRows.length,
    inProgress: rows.filter((r) => r.status === "in-progress").length,
    meanScore: counted.length ? counted.reduce((a, b) => a + b, 0) / counted.length : null,
    distribution: scoreDistribution(counted),
    items,
    heat: passageHeat(evidence, outcomes),
  };
}

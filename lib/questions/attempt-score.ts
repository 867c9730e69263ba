// One rule for an attempt's score, wherever it is shown: the credit of every answer (partial credit
// included) over the number of questions in the attempt, so an unanswered question counts as no credit.
export type ScoredAttempt = { questionCount: number; responses: readonly { score: number; correct: boolean }[] };

export function attemptScore(a: ScoredAttempt): { score: number; right: number; percent: number } {
  const points = a.responses.reduce((sum, r) => sum + r.score, 0);
  const score = a.questionCount ? points / a.questionCount : 0;
  return { score, right: a.responses.filter((r) => r.correct).length, percent: Math.round(score * 100) };
}

// The results CSV of one assignment: a row per learner, a column per question.
import { toCsv } from "./csv";
import type { AssignmentReport } from "./assignment-report";

export type CsvQuestion = { id: string; prompt: string };

const percent = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);

export function assignmentResultsCsv(report: AssignmentReport, questions: readonly CsvQuestion[]): string {
  const header = [
    "Learner",
    "Email",
    "Status",
    "Attempts used",
    "Submitted (UTC)",
    "Late",
    "Over time limit",
    "Score (%)",
    "Right",
    ...questions.map((q, i) => `Q${i + 1}: ${q.prompt}`),
  ];
  const rows = report.learners.map((row) => {
    const responses = new Map((row.attempt?.responses ?? []).map((r) => [r.questionId, r]));
    const submitted = row.status === "submitted";
    return [
      row.learner.name,
      row.learner.email,
      row.status,
      row.attemptsUsed,
      row.submittedAt?.toISOString() ?? null,
      row.late,
      row.overTime,
      percent(row.score),
      row.right,
      // Per question: the score (1 right, 0 wrong, partial credit between); empty when not answered.
      ...questions.map((q) => {
        const r = responses.get(q.id);
        if (r) return Math.round(r.score * 100) / 100;
        return submitted && row.attempt?.questionIds.includes(q.id) ? 0 : null;
      }),
    ];
  });
  return toCsv([header, ...rows]);
}

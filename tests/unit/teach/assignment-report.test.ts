import { describe, expect, it } from "vitest";
import { buildAssignmentReport, scoreDistribution, type ReportAttempt } from "@/lib/teach";

const due = new Date("2026-03-01T12:00:00Z");
const at = (minutes: number) => new Date(due.getTime() + minutes * 60_000);

function attempt(
  id: string,
  userId: string,
  startedMin: number,
  finishedMin: number | null,
  right: string[],
  wrong: string[] = [],
): ReportAttempt {
  return {
    id,
    userId,
    questionIds: ["q1", "q2"],
    startedAt: at(startedMin),
    finishedAt: finishedMin === null ? null : at(finishedMin),
    responses: [
      ...right.map((q) => ({
        questionId: q,
        correct: true,
        score: 1,
        answerText: "right",
        answeredAt: at(startedMin),
      })),
      ...wrong.map((q) => ({
        questionId: q,
        correct: false,
        score: 0,
        answerText: "wrong",
        answeredAt: at(startedMin),
      })),
    ],
  };
}

const learners = [
  { id: "ada", name: "Ada", email: "ada@example.com" },
  { id: "ben", name: "Ben", email: "ben@example.com" },
  { id: "cy", name: "Cy", email: "cy@example.com" },
];
const questions = [
  { id: "q1", evidence: [{ article: "a", passage: "p1" }] },
  { id: "q2", evidence: [{ article: "a", passage: "p2" }] },
];

describe("assignment report", () => {
  it("counts each learner's best submitted attempt, marks late work and time overruns", () => {
    const report = buildAssignmentReport({
      learners,
      attempts: [
        attempt("a1", "ada", -60, -55, ["q1"], ["q2"]),
        attempt("a2", "ada", -50, -40, ["q1", "q2"]),
        attempt("b1", "ben", 10, 30, [], ["q1"]),
        attempt("c1", "cy", -5, null, ["q1"]),
      ],
      questions,
      dueAt: due,
      timeLimitMinutes: 15,
      now: at(60),
    });
    const [ada, ben, cy] = report.learners;
    expect(ada).toMatchObject({
      status: "submitted",
      attemptsUsed: 2,
      score: 1,
      right: 2,
      late: false,
      overTime: false,
    });
    expect(ada?.attempt?.id).toBe("a2");
    expect(ben).toMatchObject({ status: "submitted", score: 0, late: true, overTime: true });
    expect(cy).toMatchObject({ status: "in-progress", score: null, late: true });
    expect(report).toMatchObject({ enrolled: 3, submitted: 2, inProgress: 1, meanScore: 0.5 });
  });

  it("finds the misses per question and per cited passage from submitted attempts only", () => {
    const report = buildAssignmentReport({
      learners,
      attempts: [
        attempt("a1", "ada", 0, 5, ["q1", "q2"]),
        attempt("b1", "ben", 0, 5, ["q2"], ["q1"]),
        attempt("c1", "cy", 0, null, [], ["q1"]),
      ],
      questions,
      dueAt: due,
      timeLimitMinutes: null,
      now: at(10),
    });
    expect(report.items.map((i) => [i.questionId, i.right, i.takers])).toEqual([
      ["q1", 1, 2],
      ["q2", 2, 2],
    ]);
    expect(report.heat.get("a#p1")).toMatchObject({ missed: 1, asked: 2, level: 2 });
    expect(report.heat.get("a#p2")).toMatchObject({ missed: 0, asked: 2, level: 0 });
  });

  it("puts scores into ten bands, 100% in the last", () => {
    const bands = scoreDistribution([0, 0.05, 0.1, 0.5, 0.99, 1, 0.7]);
    expect(bands.map((b) => b.count)).toEqual([2, 1, 0, 0, 0, 1, 0, 1, 0, 2]);
    expect(bands[9]?.label).toBe("90–100%");
  });
});

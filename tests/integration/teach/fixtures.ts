// People and questions for the teaching tests, written straight to the test database.
import type { Db } from "@/lib/db/client";
import type { Question } from "@/lib/questions";
import { bankStore } from "@/lib/db/bank-store";
import { syncBank } from "@/lib/teach/regenerate-banks";

export async function makeUser(db: Db, id: string, role: "TEACHER" | "LEARNER"): Promise<string> {
  await db.user.create({ data: { id, name: id, email: `${id}@example.com`, role } });
  return id;
}

export function fakeQuestion(id: string, over: Partial<Question> = {}): Question {
  return {
    id,
    kind: "single-choice",
    topic: "backing",
    prompt: `Question ${id}: who backs Assad?`,
    choices: ["Russia", "Turkey", "Qatar"],
    answers: ["Russia"],
    factIds: ["russia-backs-assad"],
    status: "reviewed",
    difficulty: 0.4,
    articles: ["sochi"],
    evidence: [{ article: "sochi", passage: `p${id.replace(/\D/g, "") || "1"}`, quote: "Russia, a key ally" }],
    explanation: "Russia backs Assad.",
    ...over,
  } as Question;
}

/** Stores n questions q1..qn (single choice, right answer "Russia"). */
export async function makeQuestions(db: Db, n: number): Promise<string[]> {
  const questions = Array.from({ length: n }, (_, i) => fakeQuestion(`q${i + 1}`));
  await syncBank(bankStore(db), null, questions);
  return questions.map((q) => q.id);
}

/** Everything the teaching tables hold, to check a refused call wrote nothing. */
export async function snapshot(db: Db) {
  const [classes, enrollments, sets, items, assignments, attempts, questions, facts, reports] = await Promise.all([
    db.class.findMany({ orderBy: { id: "asc" } }),
    db.enrollment.findMany({ orderBy: { id: "asc" } }),
    db.questionSet.findMany({ orderBy: { id: "asc" } }),
    db.questionSetItem.findMany({ orderBy: [{ setId: "asc" }, { questionId: "asc" }] }),
    db.assignment.findMany({ orderBy: { id: "asc" } }),
    db.attempt.findMany({ orderBy: { id: "asc" } }),
    db.question.findMany({ orderBy: { id: "asc" }, select: { id: true, hidden: true, retired: true } }),
    db.fact.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, data: true } }),
    db.questionReport.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { classes, enrollments, sets, items, assignments, attempts, questions, facts, reports };
}

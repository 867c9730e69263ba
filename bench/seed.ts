// The bench's data, written straight through Prisma (createDb) after prepare():
//   - 50 learners, each with attempts holding ~300 question ids (the submit benchmark);
//   - one learner with a quiz in progress, 3 of 10 answered (the quiz page);
//   - a teacher whose class of 200 learners each submitted 30 answers to one assignment (the results page);
//   - attempts for the submit ceiling, so its rows have the same keys and foreign keys as the app's.
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { Db } from "../lib/db/client";
import { loadServableBank } from "../lib/db/questions";
import { gradeAnswer, mulberry32, type Answer, type Question } from "../lib/questions";
import { rightAnswer, wrongAnswer } from "./answers";

export const BENCH_PASSWORD = "sourced-bench-password";
export const SUBMIT_LEARNERS = 50;
export const QUESTIONS_PER_SUBMIT_ATTEMPT = 300;
export const CLASS_SIZE = 200;
export const ASSIGNMENT_QUESTIONS = 30;
const QUIZ_LENGTH = 10;
const QUIZ_ANSWERED = 3;

const DAY = 24 * 60 * 60 * 1000;
const MINUTE = 60 * 1000;

export type BenchData = {
  password: string;
  quiz: { email: string; attemptId: string };
  submit: { learners: { email: string; attemptIds: string[] }[]; questions: Question[] };
  ceiling: { attemptIds: string[]; questions: Question[] };
  results: { teacherEmail: string; assignmentId: string; learners: number; questions: number; responses: number };
  articleSlug: string;
};

type NewUser = { id: string; name: string; email: string; role: "LEARNER" | "TEACHER" };

/** Users in bulk; those who will sign in get a credential account (one hash serves all: the salt is inside it). */
async function createUsers(db: Db, users: NewUser[], passwordHash: string | null): Promise<void> {
  await db.user.createMany({ data: users.map((u) => ({ ...u, emailVerified: true })) });
  if (passwordHash) {
    await db.account.createMany({
      data: users.map((u) => ({
        id: randomUUID(),
        accountId: u.id,
        providerId: "credential",
        userId: u.id,
        password: passwordHash,
      })),
    });
  }
}

function user(role: NewUser["role"], name: string, email: string): NewUser {
  return { id: randomUUID(), name, email, role };
}

/** Every nth question, so a small pick mixes kinds and topics as the bank does (distinct: i * step < bank.length). */
function spread(bank: Question[], count: number, offset: number): Question[] {
  const n = Math.min(count, bank.length);
  const step = Math.max(1, Math.floor(bank.length / n));
  return Array.from({ length: n }, (_, i) => bank[(offset + i * step) % bank.length]).filter(
    (q): q is Question => q !== undefined,
  );
}

type ResponseRow = {
  id: string;
  attemptId: string;
  questionId: string;
  idempotencyKey: string;
  answer: string;
  correct: boolean;
  score: number;
  answeredAt: Date;
};

function responseRow(attemptId: string, question: Question, answer: Answer, answeredAt: Date): ResponseRow {
  const grade = gradeAnswer(question, answer);
  return {
    id: randomUUID(),
    attemptId,
    questionId: question.id,
    idempotencyKey: randomUUID(),
    answer: JSON.stringify(answer),
    correct: grade.correct,
    score: grade.score,
    answeredAt,
  };
}

export async function seedBench(
  db: Db,
  opts: { submitAttemptsPerLearner: number; ceilingAttempts: number; now: Date },
): Promise<BenchData> {
  const { now } = opts;
  const bank = await loadServableBank(db);
  if (bank.length < ASSIGNMENT_QUESTIONS)
    throw new Error(`the question bank has only ${bank.length} servable questions`);
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const random = mulberry32(42);

  // ---- (b) submit: 50 learners, each with attempts over the same ~300 questions.
  const submitQuestions = bank.slice(0, QUESTIONS_PER_SUBMIT_ATTEMPT);
  const submitIds = JSON.stringify(submitQuestions.map((q) => q.id));
  const submitUsers = Array.from({ length: SUBMIT_LEARNERS }, (_, i) => {
    const n = String(i + 1).padStart(2, "0");
    return user("LEARNER", `Bench Learner ${n}`, `bench-learner-${n}@example.com`);
  });
  const ceilingUser = user("LEARNER", "Bench Ceiling", "bench-ceiling@example.com");
  const quizUser = user("LEARNER", "Bench Quiz Taker", "bench-quiz@example.com");
  const teacher = user("TEACHER", "Bench Teacher", "bench-teacher@example.com");
  await createUsers(db, [...submitUsers, quizUser, teacher], passwordHash);
  await createUsers(db, [ceilingUser], null);

  const attempt = (userId: string, questionIds: string, startedAt: Date) => ({
    id: randomUUID(),
    userId,
    mode: "practice",
    questionIds,
    config: JSON.stringify({ bench: true }),
    startedAt,
  });
  const submitAttempts = submitUsers.flatMap((u) =>
    Array.from({ length: opts.submitAttemptsPerLearner }, () => attempt(u.id, submitIds, now)),
  );
  const ceilingAttempts = Array.from({ length: opts.ceilingAttempts }, () => attempt(ceilingUser.id, submitIds, now));
  await db.attempt.createMany({ data: [...submitAttempts, ...ceilingAttempts] });

  // ---- (a) quiz page: 10 questions, 3 answered, the 4th on screen.
  const quizQuestions = spread(bank, QUIZ_LENGTH, 7);
  const quizAttempt = attempt(
    quizUser.id,
    JSON.stringify(quizQuestions.map((q) => q.id)),
    new Date(now.getTime() - 10 * MINUTE),
  );
  await db.attempt.create({ data: quizAttempt });
  await db.response.createMany({
    data: quizQuestions
      .slice(0, QUIZ_ANSWERED)
      .map((q, i) =>
        responseRow(
          quizAttempt.id,
          q,
          i === 1 ? wrongAnswer(q, i) : rightAnswer(q),
          new Date(now.getTime() - (8 - i) * MINUTE),
        ),
      ),
  });

  // ---- (c) results page: a class of 200, one assignment of 30 questions, every learner submitted.
  const klass = await db.class.create({
    data: { name: "Bench class of 200", teacherId: teacher.id, joinCode: "BENCH200" },
  });
  const setQuestions = spread(bank, ASSIGNMENT_QUESTIONS, 3);
  const set = await db.questionSet.create({
    data: {
      title: `Bench set of ${setQuestions.length} questions`,
      ownerId: teacher.id,
      options: "{}",
      items: { create: setQuestions.map((q, position) => ({ questionId: q.id, position })) },
    },
  });
  const opensAt = new Date(now.getTime() - 7 * DAY);
  const assignment = await db.assignment.create({
    data: { setId: set.id, classId: klass.id, opensAt, dueAt: new Date(now.getTime() + 7 * DAY) },
  });
  const classUsers = Array.from({ length: CLASS_SIZE }, (_, i) => {
    const n = String(i + 1).padStart(3, "0");
    return user("LEARNER", `Class Learner ${n}`, `bench-class-${n}@example.com`);
  });
  await createUsers(db, classUsers, null);
  await db.enrollment.createMany({
    data: classUsers.map((u, i) => ({
      id: randomUUID(),
      classId: klass.id,
      userId: u.id,
      joinedAt: new Date(opensAt.getTime() - DAY + i * MINUTE),
    })),
  });
  const setIds = JSON.stringify(setQuestions.map((q) => q.id));
  const responses: ResponseRow[] = [];
  const classAttempts = classUsers.map((u, i) => {
    const startedAt = new Date(opensAt.getTime() + i * 17 * MINUTE);
    const id = randomUUID();
    // Abilities from 35% to 95%, so scores spread and the item analysis has something to find.
    const ability = 0.35 + (0.6 * i) / (CLASS_SIZE - 1);
    setQuestions.forEach((q, j) => {
      const answer = random() < ability ? rightAnswer(q) : wrongAnswer(q, i + j);
      responses.push(responseRow(id, q, answer, new Date(startedAt.getTime() + (j + 1) * 40 * 1000)));
    });
    return {
      id,
      userId: u.id,
      assignmentId: assignment.id,
      mode: "assignment",
      questionIds: setIds,
      config: "{}",
      startedAt,
      finishedAt: new Date(startedAt.getTime() + (setQuestions.length + 1) * 40 * 1000),
    };
  });
  await db.attempt.createMany({ data: classAttempts });
  await db.response.createMany({ data: responses });

  const article = await db.article.findFirst({
    orderBy: [{ publishedOn: "asc" }, { slug: "asc" }],
    select: { slug: true },
  });
  if (!article) throw new Error("no articles: did prepare() sync content/?");

  return {
    password: BENCH_PASSWORD,
    quiz: { email: quizUser.email, attemptId: quizAttempt.id },
    submit: {
      learners: submitUsers.map((u) => ({
        email: u.email,
        attemptIds: submitAttempts.filter((a) => a.userId === u.id).map((a) => a.id),
      })),
      questions: submitQuestions,
    },
    ceiling: { attemptIds: ceilingAttempts.map((a) => a.id), questions: submitQuestions },
    results: {
      teacherEmail: teacher.email,
      assignmentId: assignment.id,
      learners: classUsers.length,
      questions: setQuestions.length,
      responses: responses.length,
    },
    articleSlug: article.slug,
  };
}

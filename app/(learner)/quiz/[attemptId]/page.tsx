import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { storedFeedback } from "@/lib/quiz/feedback";
import { attemptDeadline } from "@/lib/quiz/time-limit";
import { db } from "@/lib/db/client";
import { getOwnAttempt } from "@/lib/db/attempts";
import { getAnsweredQuestions, getQuestionContent } from "@/lib/db/questions";
import { articleTitles } from "@/lib/db/article-titles";
import { getViewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/domain/errors";
import { questionView } from "@/lib/questions/view";
import { QuizRunner } from "./quiz-runner";
import { QuizSummary } from "./quiz-summary";
import { WithheldSummary } from "./withheld-summary";
import { assignmentFeedbackWithheld } from "@/lib/db/assignments";
import { FinishEarly } from "./finish-early";
import { ReportQuestion } from "@/app/_components/report-question";

export const metadata: Metadata = { title: "Quiz" };

const searchSchema = z.object({ shown: z.string().max(200).optional().catch(undefined) }).catch({});

export default async function AttemptPage({
  params,
  searchParams,
}: {
  params: Promise<{ attemptId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { attemptId } = await params;
  const { shown } = searchSchema.parse(await searchParams);
  const viewer = await getViewer();
  if (!viewer) notFound();
  const attempt = await getOwnAttempt(db(), attemptId, viewer.id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const [questions, titles] = await Promise.all([getQuestionContent(db(), attempt.questionIds), articleTitles(db())]);
  const now = new Date();

  // Feedback stays on screen through a reload (and Back from a source) until the learner presses Next.
  // The question as it was when answered: it may have been regenerated since.
  const shownResponse = shown ? attempt.responses.find((r) => r.questionId === shown) : undefined;
  const shownQuestion = shownResponse
    ? (await getAnsweredQuestions(db(), [shownResponse])).get(shownResponse.questionId)
    : undefined;
  const again = shownQuestion ? await storedFeedback(db(), attempt, shownQuestion, now) : null;
  if (shownQuestion && again) {
    return (
      <div className="mx-auto max-w-2xl">
        <QuizRunner
          key={`${shownQuestion.id}:shown`}
          attemptId={attempt.id}
          index={attempt.questionIds.indexOf(shownQuestion.id)}
          total={attempt.questionIds.length}
          question={questionView(shownQuestion, attempt.id)}
          articleTitles={titles}
          shown={again}
        />
      </div>
    );
  }

  if (attempt.finishedAt) {
    if (await assignmentFeedbackWithheld(db(), attempt, now)) return <WithheldSummary attempt={attempt} />;
    // Each answered question as it was when answered (it may have been regenerated since).
    const asAnswered = new Map([...questions, ...(await getAnsweredQuestions(db(), attempt.responses))]);
    return <QuizSummary attempt={attempt} questions={asAnswered} articleTitles={titles} />;
  }
  const answered = new Set(attempt.responses.map((r) => r.questionId));
  const index = attempt.questionIds.findIndex((id) => !answered.has(id));
  const current = questions.get(attempt.questionIds[index] ?? "");
  if (!current) notFound();
  return (
    <div className="mx-auto max-w-2xl">
      <QuizRunner
        key={current.id}
        attemptId={attempt.id}
        index={index}
        total={attempt.questionIds.length}
        question={questionView(current, attempt.id)}
        articleTitles={titles}
        deadline={attemptDeadline(attempt)?.toISOString()}
      />
      <div className="mt-10 flex flex-wrap items-start justify-between gap-4 border-t border-slate-200 pt-4 text-sm dark:border-slate-800">
        <ReportQuestion questionId={current.id} />
        <FinishEarly attemptId={attempt.id} unanswered={attempt.questionIds.length - answered.size} />
      </div>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { getLearnerAssignment } from "@/lib/db/assignments";
import { getViewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/domain/errors";
import { StartAssignmentForm } from "./start-assignment-form";
import { LocalTime } from "@/app/_components/local-time";
import { Badge } from "@/app/_components/badge";

export const metadata: Metadata = { title: "Assignment" };

/** One assignment for a learner of its class: what it is, when it is due, and Start or Continue. */
export default async function LearnerAssignmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await getViewer();
  if (!viewer || viewer.isGuest) redirect(`/sign-in?next=${encodeURIComponent(`/assignments/${id}`)}`);
  const a = await getLearnerAssignment(db(), viewer.id, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const now = new Date();
  const notOpen = now < a.opensAt;
  const late = now > a.dueAt;
  const usedUp = !a.openAttemptId && a.attemptsUsed >= a.options.attemptsAllowed;
  // With feedback after the due date, the finished attempt (with its answers) waits until then.

  return (
    <div className="mx-auto max-w-2xl">
      <p className="text-sm text-slate-600 dark:text-slate-300">{a.className}</p>
      <h1 className="text-2xl font-bold">{a.title}</h1>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        <dt className="font-medium">Questions</dt>
        <dd>{a.questionCount}</dd>
        <dt className="font-medium">Opens</dt>
        <dd>
          <LocalTime date={a.opensAt} />
        </dd>
        <dt className="font-medium">Due</dt>
        <dd>
          <LocalTime date={a.dueAt} relative now={now} />
          {late ? (
            <Badge tone="alert" className="ml-2">
              Past due: work now is marked late
            </Badge>
          ) : null}
        </dd>
        <dt className="font-medium">Attempts</dt>
        <dd>
          {a.attemptsUsed} of {a.options.attemptsAllowed} used
        </dd>
        {a.options.timeLimitMinutes ? (
          <>
            <dt className="font-medium">Time limit</dt>
            <dd>{a.options.timeLimitMinutes} minutes</dd>
          </>
        ) : null}
        <dt className="font-medium">Feedback</dt>
        <dd>{a.options.feedback === "immediate" ? "After each question" : "After the due date"}</dd>
      </dl>
      <div className="mt-6">
        {notOpen ? (
          <p role="status">
            This assignment opens on <LocalTime date={a.opensAt} relative now={now} />.
          </p>
        ) : usedUp ? (
          <p role="status">You have used all your attempts.</p>
        ) : (
          <StartAssignmentForm
            assignmentId={a.id}
            label={a.openAttemptId ? "Continue" : a.attemptsUsed ? "Start another attempt" : "Start"}
          />
        )}
      </div>
      {a.lastFinishedAttemptId && (a.options.feedback === "immediate" || late) ? (
        <p className="mt-4">
          <Link
            href={`/quiz/${a.lastFinishedAttemptId}`}
            className="font-semibold text-brand-700 underline dark:text-brand-100"
          >
            See your last attempt
          </Link>
        </p>
      ) : null}
    </div>
  );
}

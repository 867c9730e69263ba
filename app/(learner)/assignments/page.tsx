import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { learnerAssignments, type LearnerAssignment } from "@/lib/db/assignments";
import { assignmentResults, type AssignmentResult } from "@/lib/db/learner-home";
import { getViewer } from "@/lib/auth/viewer";
import { LocalTime } from "@/app/_components/local-time";
import { Badge } from "@/app/_components/badge";

export const metadata: Metadata = { title: "My assignments" };

function Row({ a, result, now }: { a: LearnerAssignment; result?: AssignmentResult; now: Date }) {
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <div className="min-w-0">
        <p className="font-semibold">
          {a.title}
          {a.late ? (
            <Badge tone="alert" className="ml-2">
              Late
            </Badge>
          ) : null}
        </p>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          {a.className} · {a.questionCount} questions · due <LocalTime date={a.dueAt} relative now={now} />
        </p>
        {a.state === "done" ? (
          <p className="text-sm">
            {result
              ? `Score ${result.percent}% (${result.right} of ${result.total} right)`
              : "Handed in. Your teacher shows results after the due date."}
          </p>
        ) : null}
      </div>
      <Link
        href={`/assignments/${a.id}`}
        className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white"
      >
        {a.state === "in-progress" ? "Continue" : a.state === "done" ? "View" : "Start"}
        <span className="sr-only">: {a.title}</span>
      </Link>
    </li>
  );
}

/** Every assignment of the learner's classes: what is due, and what is done with its result where allowed. */
export default async function MyAssignmentsPage() {
  const viewer = await getViewer();
  if (!viewer || viewer.isGuest) redirect(`/sign-in?next=${encodeURIComponent("/assignments")}`);
  const now = new Date();
  const assignments = await learnerAssignments(db(), viewer.id, now);
  const done = assignments.filter((a) => a.state === "done");
  const due = assignments.filter((a) => a.state !== "done");
  const results = await assignmentResults(
    db(),
    viewer.id,
    done.flatMap((a) => (a.attemptId ? [a.attemptId] : [])),
    now,
  );
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-8">
      <h1 className="text-2xl font-bold">My assignments</h1>
      <section aria-labelledby="due-heading">
        <h2 id="due-heading" className="text-xl font-semibold">
          To do ({due.length})
        </h2>
        {due.length ? (
          <ul className="mt-3 flex flex-col gap-2">
            {due.map((a) => (
              <Row key={a.id} a={a} now={now} />
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-slate-700 dark:text-slate-300">
            Nothing to do. New assignments from your classes appear here.
          </p>
        )}
      </section>
      <section aria-labelledby="done-heading">
        <h2 id="done-heading" className="text-xl font-semibold">
          Done ({done.length})
        </h2>
        {done.length ? (
          <ul className="mt-3 flex flex-col gap-2">
            {done.map((a) => (
              <Row key={a.id} a={a} result={a.attemptId ? results.get(a.attemptId) : undefined} now={now} />
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-slate-700 dark:text-slate-300">No assignments handed in yet.</p>
        )}
      </section>
    </div>
  );
}

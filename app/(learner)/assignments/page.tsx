import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { learnerAssignments } from "@/lib/db/assignments";
import { assignmentResults } from "@/lib/db/learner-home";
import { getViewer } from "@/lib/auth/viewer";
import { Section } from "@/app/_components/section";
import { AssignmentRow } from "@/app/_components/assignment-row";

export const metadata: Metadata = { title: "My assignments" };

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
      <Section id="due-heading" title={`To do (${due.length})`}>
        {due.length ? (
          <ul className="mt-3 flex flex-col gap-2">
            {due.map((a) => (
              <AssignmentRow key={a.id} a={a} now={now} />
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-slate-700 dark:text-slate-300">
            Nothing to do. New assignments from your classes appear here.
          </p>
        )}
      </Section>
      <Section id="done-heading" title={`Done (${done.length})`}>
        {done.length ? (
          <ul className="mt-3 flex flex-col gap-2">
            {done.map((a) => (
              <AssignmentRow key={a.id} a={a} result={a.attemptId ? results.get(a.attemptId) : undefined} now={now} />
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-slate-700 dark:text-slate-300">No assignments handed in yet.</p>
        )}
      </Section>
    </div>
  );
}

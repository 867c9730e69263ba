import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db/client";
import { teacherAssignments } from "@/lib/db/teach-assignments";
import { teacherOrRedirect } from "../guard";
import { linkClass, mutedText } from "../_components/styles";
import { formatDateTime } from "../_components/format";
import { PageHeading } from "../_components/page-heading";
import { Badge } from "@/app/_components/badge";

export const metadata: Metadata = { title: "Assignments" };

export default async function AssignmentsPage() {
  const teacher = await teacherOrRedirect("/teach/assignments");
  const assignments = await teacherAssignments(db(), teacher.id);
  const now = new Date();
  return (
    <div>
      <PageHeading title="Assignments">
        <p className={mutedText}>
          To set a new one, open a{" "}
          <Link href="/teach/sets" className={linkClass}>
            question set
          </Link>{" "}
          and assign it to a class.
        </p>
      </PageHeading>
      {assignments.length ? (
        <ul className="mt-4 flex flex-col divide-y divide-slate-200 dark:divide-slate-800">
          {assignments.map((a) => (
            <li key={a.id} className="flex flex-wrap items-baseline justify-between gap-2 py-3">
              <span>
                <Link href={`/teach/assignments/${a.id}`} className={linkClass}>
                  {a.setTitle}
                </Link>{" "}
                · {a.className}
                {a.opensAt > now ? (
                  <Badge tone="muted" className="ml-2">
                    not open yet
                  </Badge>
                ) : null}
                {a.dueAt < now ? (
                  <Badge tone="muted" className="ml-2">
                    past due
                  </Badge>
                ) : null}
              </span>
              <span className="text-sm">
                {a.submitted} of {a.enrolled} submitted · due {formatDateTime(a.dueAt)}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className={`mt-4 ${mutedText}`}>Nothing assigned yet.</p>
      )}
    </div>
  );
}

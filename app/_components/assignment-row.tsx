import type { LearnerAssignment } from "@/lib/db/assignments";
import type { AssignmentResult } from "@/lib/db/learner-home";
import { LocalTime } from "./local-time";
import { Badge } from "./badge";
import { ButtonLink } from "./button";

/** One of a learner's assignments, on the home page and the assignments page: when it is due, and Start, Continue or View. */
export function AssignmentRow({ a, result, now }: { a: LearnerAssignment; result?: AssignmentResult; now: Date }) {
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
      <ButtonLink href={`/assignments/${a.id}`} size="compact">
        {a.state === "in-progress" ? "Continue" : a.state === "done" ? "View" : "Start"}
        <span className="sr-only">: {a.title}</span>
      </ButtonLink>
    </li>
  );
}

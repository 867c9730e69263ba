import type { AttemptRecord } from "@/lib/db/attempts";
import { ButtonLink } from "@/app/_components/button";

/** The end of an assignment whose results the teacher shows only after the due date. */
export function WithheldSummary({ attempt }: { attempt: AttemptRecord }) {
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-bold">Answers handed in</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        All {attempt.responses.length} of your answers are saved. Your teacher shows the results and the right answers
        after the due date.
      </p>
      <ButtonLink href="/" className="mt-6 inline-block">
        Back to the home page
      </ButtonLink>
    </div>
  );
}

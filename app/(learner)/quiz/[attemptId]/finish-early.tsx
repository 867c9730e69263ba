"use client";
import { useActionState, useState } from "react";
import { finishQuizAction } from "@/lib/actions/quiz/finish-quiz";
import { idle, type ActionResult } from "@/lib/actions/result";
import { keepValuesOnSubmit } from "@/app/_components/keep-values";

/** Ending early asks first, and says what happens to the questions not yet answered. */
export function FinishEarly({ attemptId, unanswered }: { attemptId: string; unanswered: number }) {
  const [state, formAction, pending] = useActionState<ActionResult<null>, FormData>(finishQuizAction, idle);
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)} className="underline">
        End quiz now
      </button>
    );
  }
  const left = unanswered === 1 ? "1 question is" : `${unanswered} questions are`;
  return (
    <form
      action={formAction}
      onSubmit={keepValuesOnSubmit(formAction)}
      role="group"
      aria-labelledby="end-quiz-question"
      className="flex max-w-sm flex-col gap-2 rounded-md border border-slate-300 p-3 dark:border-slate-700"
    >
      <input type="hidden" name="attemptId" value={attemptId} />
      <p id="end-quiz-question" className="font-semibold">
        End this quiz now?
      </p>
      <p>{left} not answered yet. They will count as not answered in your score.</p>
      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-rose-700 px-4 py-1.5 font-semibold text-white disabled:opacity-60"
        >
          {pending ? "Ending…" : "Yes, end the quiz"}
        </button>
        <button
          type="button"
          autoFocus
          onClick={() => setAsking(false)}
          className="rounded-md border border-slate-400 px-4 py-1.5 font-semibold"
        >
          Keep going
        </button>
      </div>
      {!state.ok && state.error ? <p role="alert">{state.error}</p> : null}
    </form>
  );
}

"use client";
import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { startFactQuizAction } from "@/lib/actions/quiz/start-fact-quiz";
import { idle, type ActionResult } from "@/lib/actions/result";
import { keepValuesOnSubmit } from "@/app/_components/keep-values";
import { ActionError } from "@/app/_components/form-alert";

function QuizMeButton({ about }: { about: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      // Many of these buttons share a page: the name says which fact each one quizzes, starting with the words shown.
      aria-label={pending ? undefined : `Quiz me on this: ${about}`}
      className="rounded-md border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-70 dark:border-brand-100 dark:text-brand-100 dark:hover:bg-slate-800"
    >
      {pending ? "Starting…" : "Quiz me on this"}
    </button>
  );
}

/** Starts a short quiz on one fact; works as a plain form post before the page's scripts load. */
export function QuizMeForm({ factId, about }: { factId: string; about: string }) {
  const [state, formAction] = useActionState<ActionResult<null>, FormData>(startFactQuizAction, idle);
  return (
    <form
      action={formAction}
      onSubmit={keepValuesOnSubmit(formAction)}
      className="flex flex-wrap items-center gap-x-3 gap-y-1"
    >
      <input type="hidden" name="factId" value={factId} />
      <QuizMeButton about={about} />
      <ActionError state={state} />
    </form>
  );
}

"use client";
import { useActionState } from "react";
import { reportQuestionAction } from "@/lib/actions/questions/report-question";
import { idle, type ActionResult } from "@/lib/actions/result";
import { keepValuesOnSubmit } from "@/app/_components/keep-values";

/** "Report a problem with this question": a short note stored for teachers. */
export function ReportQuestion({ questionId }: { questionId: string }) {
  const [state, formAction, pending] = useActionState<ActionResult<null>, FormData>(reportQuestionAction, idle);
  const errors = state.ok ? [] : (state.fieldErrors.message ?? []);
  return (
    <details className="min-w-0 max-w-md">
      <summary className="cursor-pointer underline">Report a problem with this question</summary>
      {state.ok ? (
        <p role="status" className="mt-2">
          Thank you. Your report was sent to the teachers.
        </p>
      ) : (
        <form action={formAction} onSubmit={keepValuesOnSubmit(formAction)} className="mt-2 flex flex-col gap-2">
          <input type="hidden" name="questionId" value={questionId} />
          <label htmlFor={`report-${questionId}`} className="font-medium">
            What is wrong?
          </label>
          <textarea
            id={`report-${questionId}`}
            name="message"
            rows={3}
            maxLength={1000}
            aria-invalid={errors.length ? true : undefined}
            aria-describedby={errors.length ? `report-error-${questionId}` : undefined}
            className="rounded-md border border-slate-400 bg-white p-2 text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
          />
          {errors.length ? (
            <p id={`report-error-${questionId}`} className="text-red-700 dark:text-red-400">
              {errors.join(" ")}
            </p>
          ) : null}
          {!state.ok && state.error && !errors.length ? (
            <p role="alert" className="text-red-700 dark:text-red-400">
              {state.error}
            </p>
          ) : null}
          <button type="submit" disabled={pending} className="self-start rounded border border-slate-400 px-3 py-1">
            Send report
          </button>
        </form>
      )}
    </details>
  );
}

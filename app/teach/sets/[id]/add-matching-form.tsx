"use client";
import { useActionState } from "react";
import { addMatchingQuestionsAction } from "@/lib/actions/teach/add-matching-questions";
import { idle, type ActionResult } from "@/lib/actions/result";
import { buttonSecondary } from "../../_components/styles";
import { keepValuesOnSubmit } from "@/app/_components/keep-values";

type Props = { fields: Record<string, string>; total: number };

/** "Add all N matching questions": the filter goes to the server, which finds the matches again. */
export function AddMatchingForm({ fields, total }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult<string | null>, FormData>(
    addMatchingQuestionsAction,
    idle,
  );
  return (
    <form action={formAction} onSubmit={keepValuesOnSubmit(formAction)} className="flex flex-wrap items-center gap-3">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} className={buttonSecondary}>
        {pending ? "Adding…" : `Add all ${total} matching ${total === 1 ? "question" : "questions"}`}
      </button>
      <span role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
        {state.ok ? state.data : ""}
      </span>
      {!state.ok && state.error ? (
        <span role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
          {state.error}
        </span>
      ) : null}
    </form>
  );
}

"use client";
import { useActionState } from "react";
import { addMatchingQuestionsAction } from "@/lib/actions/teach/add-matching-questions";
import { idle, type ActionResult } from "@/lib/actions/result";
import { keepValuesOnSubmit } from "@/app/_components/keep-values";
import { Button } from "@/app/_components/button";
import { ActionError, ActionDone } from "@/app/_components/form-alert";

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
      <Button type="submit" disabled={pending} variant="secondary" size="compact">
        {pending ? "Adding…" : `Add all ${total} matching ${total === 1 ? "question" : "questions"}`}
      </Button>
      <ActionDone message={state.ok ? (state.data ?? "") : ""} />
      <ActionError state={state} />
    </form>
  );
}

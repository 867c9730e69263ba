"use client";
import { useActionState } from "react";
import { retryMissedAction } from "@/lib/actions/quiz/retry-missed";
import { idle, type ActionResult } from "@/lib/actions/result";
import { SubmitButton } from "@/app/_components/submit-button";
import { keepValuesOnSubmit } from "@/app/_components/keep-values";
import { ActionError } from "@/app/_components/form-alert";

export function RetryForm({ group, assignmentId, count }: { group: string; assignmentId?: string; count: number }) {
  const [state, formAction] = useActionState<ActionResult<null>, FormData>(retryMissedAction, idle);
  return (
    <form
      action={formAction}
      onSubmit={keepValuesOnSubmit(formAction)}
      className="mt-4 flex flex-wrap items-center gap-3"
    >
      <input type="hidden" name="group" value={group} />
      {assignmentId ? <input type="hidden" name="assignmentId" value={assignmentId} /> : null}
      <SubmitButton pendingText="Starting…">{`Retry these (${Math.min(count, 20)})`}</SubmitButton>
      <ActionError state={state} />
    </form>
  );
}

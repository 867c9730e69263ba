"use client";
import { useActionState } from "react";
import { startAssignmentAction } from "@/lib/actions/assignments/start-assignment";
import { idle, type ActionResult } from "@/lib/actions/result";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { keepValuesOnSubmit } from "@/app/_components/keep-values";

export function StartAssignmentForm({ assignmentId, label }: { assignmentId: string; label: string }) {
  const [state, formAction] = useActionState<ActionResult<null>, FormData>(startAssignmentAction, idle);
  return (
    <form action={formAction} onSubmit={keepValuesOnSubmit(formAction)} className="flex flex-col gap-3">
      <FormAlert message={state.ok ? "" : state.error} />
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <div>
        <SubmitButton pendingText="Opening…">{label}</SubmitButton>
      </div>
    </form>
  );
}

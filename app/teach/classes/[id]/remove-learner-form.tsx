"use client";
import { useActionState } from "react";
import { removeLearnerAction } from "@/lib/actions/teach/remove-learner";
import { idle, type ActionResult } from "@/lib/actions/result";
import { keepValuesOnSubmit } from "@/app/_components/keep-values";
import { Button } from "@/app/_components/button";
import { ActionError } from "@/app/_components/form-alert";

export function RemoveLearnerForm({
  classId,
  learnerId,
  learnerName,
}: {
  classId: string;
  learnerId: string;
  learnerName: string;
}) {
  const [state, formAction, pending] = useActionState<ActionResult<null>, FormData>(removeLearnerAction, idle);
  return (
    <form action={formAction} onSubmit={keepValuesOnSubmit(formAction)} className="flex flex-col gap-1">
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="learnerId" value={learnerId} />
      <Button type="submit" disabled={pending} variant="danger" size="compact" autoFocus>
        {pending ? "Removing…" : `Yes, remove ${learnerName}`}
      </Button>
      <ActionError state={state} />
    </form>
  );
}

"use client";
import { useActionState } from "react";
import { removeLearnerAction } from "@/lib/actions/teach/remove-learner";
import { idle, type ActionResult } from "@/lib/actions/result";
import { buttonDanger } from "../../_components/styles";
import { keepValuesOnSubmit } from "@/app/_components/keep-values";

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
      <button type="submit" disabled={pending} className={buttonDanger} autoFocus>
        {pending ? "Removing…" : `Yes, remove ${learnerName}`}
      </button>
      {!state.ok && state.error ? (
        <span role="alert" className="text-sm text-red-700 dark:text-red-400">
          {state.error}
        </span>
      ) : null}
    </form>
  );
}

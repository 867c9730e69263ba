"use client";
import { useActionState } from "react";
import { joinClassAction } from "@/lib/actions/classes/join-class";
import { idle, type ActionResult } from "@/lib/actions/result";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { keepValuesOnSubmit } from "@/app/_components/keep-values";

export function JoinClassForm({ code }: { code: string }) {
  const [state, formAction] = useActionState<ActionResult<null>, FormData>(joinClassAction, idle);
  return (
    <form action={formAction} onSubmit={keepValuesOnSubmit(formAction)} className="flex flex-col gap-3">
      <FormAlert message={state.ok ? "" : state.error} />
      <input type="hidden" name="code" value={code} />
      <SubmitButton pendingText="Joining…">Join class</SubmitButton>
    </form>
  );
}

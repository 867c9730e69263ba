"use client";
import { useActionState } from "react";
import { createSetAction } from "@/lib/actions/teach/create-set";
import { idle, type ActionResult } from "@/lib/actions/result";
import { Field } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { keepValuesOnSubmit } from "@/app/_components/keep-values";

export function CreateSetForm() {
  const [state, formAction] = useActionState<ActionResult<null>, FormData>(createSetAction, idle);
  const errors = state.ok ? {} : state.fieldErrors;
  return (
    <form action={formAction} onSubmit={keepValuesOnSubmit(formAction)} noValidate className="flex flex-col gap-4">
      <FormAlert message={state.ok ? "" : state.error} />
      <Field name="title" label="Title" required errors={errors.title} hint="For example: The Sochi deal, week 3" />
      <SubmitButton pendingText="Creating…">Create set</SubmitButton>
    </form>
  );
}

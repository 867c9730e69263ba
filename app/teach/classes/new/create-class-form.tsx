"use client";
import { useActionState } from "react";
import { createClassAction } from "@/lib/actions/teach/create-class";
import { idle, type ActionResult } from "@/lib/actions/result";
import { Field } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { keepValuesOnSubmit } from "@/app/_components/keep-values";

export function CreateClassForm() {
  const [state, formAction] = useActionState<ActionResult<null>, FormData>(createClassAction, idle);
  const errors = state.ok ? {} : state.fieldErrors;
  return (
    <form action={formAction} onSubmit={keepValuesOnSubmit(formAction)} noValidate className="flex flex-col gap-4">
      <FormAlert message={state.ok ? "" : state.error} />
      <Field name="name" label="Class name" required errors={errors.name} hint="For example: Year 11 World Affairs" />
      <SubmitButton pendingText="Creating…">Create class</SubmitButton>
    </form>
  );
}

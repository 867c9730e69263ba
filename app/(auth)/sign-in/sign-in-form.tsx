"use client";
import { useActionState } from "react";
import { signInAction } from "@/lib/actions/auth/sign-in";
import { idle, type ActionResult } from "@/lib/actions/result";
import { Field } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { keepValuesOnSubmit } from "@/app/_components/keep-values";

export function SignInForm({ next }: { next?: string }) {
  const [state, formAction] = useActionState<ActionResult<null>, FormData>(signInAction, idle);
  const errors = state.ok ? {} : state.fieldErrors;
  return (
    <form action={formAction} onSubmit={keepValuesOnSubmit(formAction)} noValidate className="flex flex-col gap-4">
      <FormAlert message={state.ok ? "" : state.error} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <Field name="email" label="Email" type="email" autoComplete="email" required errors={errors.email} />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        errors={errors.password}
      />
      <SubmitButton pendingText="Signing in…">Sign in</SubmitButton>
    </form>
  );
}

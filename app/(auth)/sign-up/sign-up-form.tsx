"use client";
import { useActionState } from "react";
import { signUpAction } from "@/lib/actions/auth/sign-up";
import { idle, type ActionResult } from "@/lib/actions/result";
import { Field } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/roles";
import { keepValuesOnSubmit } from "@/app/_components/keep-values";

export function SignUpForm({ next }: { next?: string }) {
  const [state, formAction] = useActionState<ActionResult<null>, FormData>(signUpAction, idle);
  const errors = state.ok ? {} : state.fieldErrors;
  return (
    <form action={formAction} onSubmit={keepValuesOnSubmit(formAction)} noValidate className="flex flex-col gap-4">
      <FormAlert message={state.ok ? "" : state.error} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <Field name="name" label="Name" autoComplete="name" required errors={errors.name} />
      <Field name="email" label="Email" type="email" autoComplete="email" required errors={errors.email} />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters, and not a common password: a few unrelated words work well.`}
        errors={errors.password}
      />
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium">I am a</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="role" value="LEARNER" defaultChecked /> Learner
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="role" value="TEACHER" /> Teacher
        </label>
        {errors.role?.length ? <p className="text-sm text-red-700 dark:text-red-400">{errors.role.join(" ")}</p> : null}
      </fieldset>
      <SubmitButton pendingText="Creating your account…">Create account</SubmitButton>
    </form>
  );
}

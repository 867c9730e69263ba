"use client";
import { useActionState } from "react";
import { importArticleAction } from "@/lib/actions/teach/import-article";
import { idle, type ActionResult } from "@/lib/actions/result";
import { Field } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { inputClass } from "../../_components/styles";
import { keepValuesOnSubmit } from "@/app/_components/keep-values";

export function ImportArticleForm() {
  const [state, formAction] = useActionState<ActionResult<null>, FormData>(importArticleAction, idle);
  const errors = state.ok ? {} : state.fieldErrors;
  const textErrors = errors.text ?? [];
  return (
    <form action={formAction} onSubmit={keepValuesOnSubmit(formAction)} noValidate className="flex flex-col gap-4">
      <FormAlert message={state.ok ? "" : state.error} />
      <Field name="title" label="Headline" required errors={errors.title} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="outlet" label="Outlet" required errors={errors.outlet} hint="Who published it: Reuters, TASS, …" />
        <Field name="publishedOn" label="Published on" type="date" required errors={errors.publishedOn} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="text" className="text-sm font-medium">
          Article text
        </label>
        <textarea
          id="text"
          name="text"
          rows={14}
          required
          aria-invalid={textErrors.length ? true : undefined}
          aria-describedby={textErrors.length ? "text-error" : "text-hint"}
          className={`${inputClass} font-serif`}
        />
        <p id="text-hint" className="text-sm text-slate-600 dark:text-slate-300">
          Paste the text as it is; paragraphs are found for you.
        </p>
        {textErrors.length ? (
          <p id="text-error" className="text-sm font-medium text-red-700 dark:text-red-400">
            {textErrors.join(" ")}
          </p>
        ) : null}
      </div>
      <div>
        <SubmitButton pendingText="Reading the article…">Add article and propose facts</SubmitButton>
      </div>
    </form>
  );
}

"use client";
import { useActionState } from "react";
import { updateSetAction } from "@/lib/actions/teach/update-set";
import { idle, type ActionResult } from "@/lib/actions/result";
import type { SetOptions } from "@/lib/teach";
import { MAX_ATTEMPTS, MAX_TIME_LIMIT_MINUTES } from "@/lib/teach/schema";
import { Field } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { keepValuesOnSubmit } from "@/app/_components/keep-values";

/** Title and options of a set: shuffle, when feedback is shown, attempts allowed, time limit. */
export function SetDetailsForm({ setId, title, options }: { setId: string; title: string; options: SetOptions }) {
  const [state, formAction] = useActionState<ActionResult<null>, FormData>(updateSetAction, idle);
  const errors = state.ok ? {} : state.fieldErrors;
  return (
    <form action={formAction} onSubmit={keepValuesOnSubmit(formAction)} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="setId" value={setId} />
      <FormAlert message={state.ok ? "" : state.error} />
      <Field name="title" label="Title" defaultValue={title} required errors={errors.title} />
      <div className="flex items-center gap-2">
        <input id="shuffle" name="shuffle" type="checkbox" defaultChecked={options.shuffle} className="h-5 w-5" />
        <label htmlFor="shuffle">Shuffle the questions for each learner</label>
      </div>
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium">Show right answers and evidence</legend>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="feedback"
            value="immediate"
            defaultChecked={options.feedback === "immediate"}
            className="h-4 w-4"
          />
          Right away, after each question
        </label>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="feedback"
            value="after-due"
            defaultChecked={options.feedback === "after-due"}
            className="h-4 w-4"
          />
          After the due date
        </label>
        {errors.feedback ? (
          <p className="text-sm font-medium text-red-700 dark:text-red-400">{errors.feedback.join(" ")}</p>
        ) : null}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          name="attemptsAllowed"
          label="Attempts allowed"
          type="number"
          defaultValue={String(options.attemptsAllowed)}
          required
          errors={errors.attemptsAllowed}
          hint={`1 to ${MAX_ATTEMPTS}`}
        />
        <Field
          name="timeLimitMinutes"
          label="Time limit (minutes)"
          type="number"
          defaultValue={options.timeLimitMinutes === null ? "" : String(options.timeLimitMinutes)}
          errors={errors.timeLimitMinutes}
          hint={`Optional, up to ${MAX_TIME_LIMIT_MINUTES}; results flag attempts that took longer`}
        />
      </div>
      <div className="flex items-center gap-3">
        <SubmitButton pendingText="Saving…">Save details</SubmitButton>
        <span role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
          {state.ok ? "Saved." : ""}
        </span>
      </div>
    </form>
  );
}

"use client";
import { useActionState } from "react";
import { startQuizAction } from "@/lib/actions/quiz/start-quiz";
import { idle, type ActionResult } from "@/lib/actions/result";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { KIND_LABELS } from "@/app/(learner)/quiz/kind-labels";
import { keepValuesOnSubmit } from "@/app/_components/keep-values";

const LENGTHS = [5, 10, 15, 20];

export function StartQuizForm({
  groups,
  initialGroup,
}: {
  groups: { id: string; title: string }[];
  initialGroup: string;
}) {
  const [state, formAction] = useActionState<ActionResult<null>, FormData>(startQuizAction, idle);
  const errors = state.ok ? {} : state.fieldErrors;
  const radio =
    "flex items-center gap-2 rounded-md border border-slate-300 px-3 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 dark:border-slate-700 dark:has-[:checked]:bg-slate-800";
  return (
    <form action={formAction} onSubmit={keepValuesOnSubmit(formAction)} className="mt-6 flex flex-col gap-6">
      <FormAlert message={state.ok ? "" : state.error} />
      <fieldset>
        <legend className="mb-2 font-semibold">Topic</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          <label className={radio}>
            <input type="radio" name="group" value="mixed" defaultChecked={initialGroup === "mixed"} /> Mixed: all
            topics
          </label>
          {groups.map((g) => (
            <label key={g.id} className={radio}>
              <input type="radio" name="group" value={g.id} defaultChecked={initialGroup === g.id} /> {g.title}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="mb-2 font-semibold">Number of questions</legend>
        <div className="flex flex-wrap gap-2">
          {LENGTHS.map((n) => (
            <label key={n} className={radio}>
              <input type="radio" name="length" value={n} defaultChecked={n === 10} /> {n}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset aria-describedby="kinds-hint">
        <legend className="mb-1 font-semibold">Question kinds</legend>
        <p id="kinds-hint" className="mb-2 text-sm text-slate-600 dark:text-slate-300">
          Leave all unticked for a mix of every kind.
        </p>
        <div className="grid gap-2 sm:grid-cols-2">
          {Object.entries(KIND_LABELS).map(([kind, label]) => (
            <label key={kind} className={radio}>
              <input type="checkbox" name="kinds" value={kind} /> {label}
            </label>
          ))}
        </div>
        {errors.kinds?.length ? (
          <p className="mt-2 text-sm font-medium text-red-700 dark:text-red-400">{errors.kinds.join(" ")}</p>
        ) : null}
      </fieldset>
      <div>
        <SubmitButton pendingText="Building your quiz…">Start quiz</SubmitButton>
      </div>
    </form>
  );
}

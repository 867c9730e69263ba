"use client";
import { useActionState } from "react";
import { fillSetFromBlueprintAction } from "@/lib/actions/teach/fill-set-from-blueprint";
import { idle, type ActionResult } from "@/lib/actions/result";
import { DEFAULT_BLUEPRINT } from "@/lib/questions/blueprint";
import { MAX_BLUEPRINT_FILL } from "@/lib/teach/set-blueprint";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { inputClass, mutedText } from "../../_components/styles";
import { keepValuesOnSubmit } from "@/app/_components/keep-values";

/**
 * "Fill to a blueprint": how many questions, and how much of each part. The weights are
 * relative (10 and 20 means twice as many of the second); 0 leaves a part out.
 */
export function BlueprintForm({ setId }: { setId: string }) {
  const [state, formAction] = useActionState<ActionResult<string | null>, FormData>(fillSetFromBlueprintAction, idle);
  const errors = state.ok ? {} : state.fieldErrors;
  const errorFor = (name: string) => errors[name]?.join(" ");
  return (
    <form action={formAction} onSubmit={keepValuesOnSubmit(formAction)} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="setId" value={setId} />
      <FormAlert message={state.ok ? "" : state.error} />
      <div className="flex flex-col gap-1">
        <label htmlFor="blueprint-length" className="text-sm font-medium">
          Questions to add
        </label>
        <input
          id="blueprint-length"
          name="length"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_BLUEPRINT_FILL}
          defaultValue="10"
          aria-invalid={errorFor("length") ? true : undefined}
          aria-describedby={errorFor("length") ? "blueprint-length-error" : undefined}
          className={`${inputClass} w-28`}
        />
        {errorFor("length") ? (
          <p id="blueprint-length-error" className="text-sm font-medium text-red-700 dark:text-red-400">
            {errorFor("length")}
          </p>
        ) : null}
      </div>
      <fieldset aria-describedby="blueprint-hint">
        <legend className="text-sm font-medium">Mix</legend>
        <p id="blueprint-hint" className={mutedText}>
          Relative weights: a part with 20 gets twice the questions of a part with 10; 0 leaves it out. Parts your bank
          cannot fill pass their places to the others.
        </p>
        <div className="mt-2 grid gap-3 sm:grid-cols-3">
          {DEFAULT_BLUEPRINT.map((part, i) => (
            <div key={part.label} className="flex flex-col gap-1">
              <label htmlFor={`blueprint-part${i}`} className="text-sm">
                {part.label}
              </label>
              <input
                id={`blueprint-part${i}`}
                name={`part${i}`}
                type="number"
                inputMode="numeric"
                min={0}
                max={100}
                defaultValue={String(part.weight)}
                aria-invalid={errorFor(`part${i}`) ? true : undefined}
                aria-describedby={errorFor(`part${i}`) ? `blueprint-part${i}-error` : undefined}
                className={`${inputClass} w-24`}
              />
              {errorFor(`part${i}`) ? (
                <p id={`blueprint-part${i}-error`} className="text-sm font-medium text-red-700 dark:text-red-400">
                  {errorFor(`part${i}`)}
                </p>
              ) : null}
            </div>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingText="Adding…">Add questions to this mix</SubmitButton>
        <span role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
          {state.ok ? state.data : ""}
        </span>
      </div>
    </form>
  );
}

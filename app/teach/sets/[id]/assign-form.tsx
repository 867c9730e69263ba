"use client";
import { useActionState } from "react";
import { createAssignmentAction } from "@/lib/actions/teach/create-assignment";
import { idle, type ActionResult } from "@/lib/actions/result";
import { Field } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { inputClass } from "../../_components/styles";
import { keepValuesOnSubmit } from "@/app/_components/keep-values";

type Props = { setId: string; classes: { id: string; name: string }[]; opensAt: string; dueAt: string };

/** Assigns the set to one of the teacher's classes between two dates (UTC). */
export function AssignForm({ setId, classes, opensAt, dueAt }: Props) {
  const [state, formAction] = useActionState<ActionResult<null>, FormData>(createAssignmentAction, idle);
  const errors = state.ok ? {} : state.fieldErrors;
  return (
    <form action={formAction} onSubmit={keepValuesOnSubmit(formAction)} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="setId" value={setId} />
      <FormAlert message={state.ok ? "" : state.error} />
      <div className="flex flex-col gap-1">
        <label htmlFor="classId" className="text-sm font-medium">
          Class
        </label>
        <select
          id="classId"
          name="classId"
          aria-invalid={errors.classId?.length ? true : undefined}
          aria-describedby={errors.classId?.length ? "classId-error" : undefined}
          className={inputClass}
        >
          {classes.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        {errors.classId?.length ? (
          <p id="classId-error" className="text-sm font-medium text-red-700 dark:text-red-400">
            {errors.classId.join(" ")}
          </p>
        ) : null}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          name="opensAt"
          label="Opens (UTC)"
          type="datetime-local"
          defaultValue={opensAt}
          required
          errors={errors.opensAt}
        />
        <Field
          name="dueAt"
          label="Due (UTC)"
          type="datetime-local"
          defaultValue={dueAt}
          required
          errors={errors.dueAt}
        />
      </div>
      <div>
        <SubmitButton pendingText="Assigning…">Assign to class</SubmitButton>
      </div>
    </form>
  );
}

"use client";
import { useActionState, useSyncExternalStore } from "react";
import { createAssignmentAction } from "@/lib/actions/teach/create-assignment";
import { idle, type ActionResult } from "@/lib/actions/result";
import { Field } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { inputClass } from "../../_components/styles";
import { keepValuesOnSubmit } from "@/app/_components/keep-values";
import { instantToWallTime } from "@/lib/domain/time-zone";

/** `opensAt` and `dueAt` are ISO instants: shown on the teacher's own clock once the browser says which it is. */
type Props = { setId: string; classes: { id: string; name: string }[]; opensAt: string; dueAt: string };

const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
// The server renders UTC; the browser then swaps in its own zone (the inputs follow while untouched).
const serverZone = () => "UTC";

/** Assigns the set to one of the teacher's classes between two dates, typed in the teacher's own time zone. */
export function AssignForm({ setId, classes, opensAt, dueAt }: Props) {
  const zone = useSyncExternalStore(noSubscription, browserZone, serverZone);
  const [state, formAction] = useActionState<ActionResult<null>, FormData>(createAssignmentAction, idle);
  const errors = state.ok ? {} : state.fieldErrors;
  return (
    <form action={formAction} onSubmit={keepValuesOnSubmit(formAction)} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="setId" value={setId} />
      <input type="hidden" name="timeZone" value={zone} />
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
          label={`Opens (${zone.replace(/_/g, " ")} time)`}
          type="datetime-local"
          defaultValue={instantToWallTime(new Date(opensAt), zone)}
          required
          errors={errors.opensAt}
        />
        <Field
          name="dueAt"
          label={`Due (${zone.replace(/_/g, " ")} time)`}
          type="datetime-local"
          defaultValue={instantToWallTime(new Date(dueAt), zone)}
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

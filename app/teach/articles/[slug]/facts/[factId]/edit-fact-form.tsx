"use client";
import { useActionState } from "react";
import { editFactAction } from "@/lib/actions/teach/edit-fact";
import { idle, type ActionResult } from "@/lib/actions/result";
import type { FieldSpec } from "@/lib/teach";
import { Field } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { inputClass } from "../../../../_components/styles";

type Props = {
  slug: string;
  factId: string;
  fields: FieldSpec[];
  values: Record<string, string>;
  evidence: { passage: string; text: string }[];
  entityIds: string[];
};

export function EditFactForm({ slug, factId, fields, values, evidence, entityIds }: Props) {
  const [state, formAction] = useActionState<ActionResult<null>, FormData>(editFactAction, idle);
  const errors = state.ok ? {} : state.fieldErrors;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="factId" value={factId} />
      <FormAlert message={state.ok ? "" : state.error} />
      <datalist id="entity-ids">
        {entityIds.map((id) => (
          <option key={id} value={id} />
        ))}
      </datalist>
      {fields.map((f) => {
        if (f.type === "boolean") {
          return (
            <div key={f.name} className="flex items-center gap-2">
              <input id={f.name} name={f.name} type="checkbox" defaultChecked={values[f.name] === "on"} className="h-5 w-5" />
              <label htmlFor={f.name}>{f.label}</label>
            </div>
          );
        }
        if (f.type === "entity") {
          const errs = errors[f.name] ?? [];
          return (
            <div key={f.name} className="flex flex-col gap-1">
              <label htmlFor={f.name} className="text-sm font-medium">{f.label}{f.optional ? " (optional)" : ""}</label>
              <input
                id={f.name}
                name={f.name}
                list="entity-ids"
                defaultValue={values[f.name] ?? ""}
                aria-invalid={errs.length ? true : undefined}
                aria-describedby={errs.length ? `${f.name}-error` : undefined}
                className={inputClass}
              />
              {errs.length ? <p id={`${f.name}-error`} className="text-sm font-medium text-red-700 dark:text-red-400">{errs.join(" ")}</p> : null}
            </div>
          );
        }
        const hint = f.type === "entities" ? "Entity ids separated by commas" : f.type === "date" ? "YYYY, YYYY-MM or YYYY-MM-DD" : f.hint;
        return <Field key={f.name} name={f.name} label={`${f.label}${f.optional ? " (optional)" : ""}`} defaultValue={values[f.name] ?? ""} errors={errors[f.name]} hint={hint} />;
      })}
      <fieldset className="flex flex-col gap-4">
        <legend className="text-lg font-semibold">Evidence</legend>
        {evidence.map((e, i) => {
          const name = `quote.${i}`;
          const errs = errors[name] ?? [];
          return (
            <div key={name} className="flex flex-col gap-1">
              <p className="text-sm text-slate-700 dark:text-slate-300">
                Passage {e.passage.slice(1)}: <span className="font-serif">{e.text}</span>
              </p>
              <label htmlFor={name} className="text-sm font-medium">Quote from passage {e.passage.slice(1)}</label>
              <textarea
                id={name}
                name={name}
                rows={3}
                defaultValue={values[name] ?? ""}
                aria-invalid={errs.length ? true : undefined}
                aria-describedby={errs.length ? `${name}-error` : undefined}
                className={`${inputClass} font-serif`}
              />
              {errs.length ? <p id={`${name}-error`} className="text-sm font-medium text-red-700 dark:text-red-400">{errs.join(" ")}</p> : null}
            </div>
          );
        })}
      </fieldset>
      <div>
        <SubmitButton pendingText="Saving…">Save fact</SubmitButton>
      </div>
    </form>
  );
}

"use client";
import { startTransition, useActionState, useState } from "react";
import { idle, type ActionResult } from "@/lib/actions/result";
import { FACT_FIELDS, MAX_LIST_ENTRIES, type FieldSpec } from "@/lib/teach/fact-edit";
import type { FactKind } from "@/lib/facts/schema";
import { FormAlert } from "@/app/_components/form-alert";
import { inputClass } from "../../../_components/styles";
import { EntityPicker, type PickerEntity } from "./entity-picker";
import { Button } from "@/app/_components/button";

type Evidence = { passage: string; text: string };

type Props = {
  action: (prev: ActionResult<null>, form: FormData) => Promise<ActionResult<null>>;
  hidden: Record<string, string>;
  /** Adding: the teacher chooses the kind. Editing: the fact's kind, fixed. */
  kinds: readonly FactKind[];
  kind: FactKind;
  values: Record<string, string>;
  evidence: Evidence[];
  entities: PickerEntity[];
  submitLabel: string;
  /** Adding offers "approve now" or "keep as a proposal". */
  offerStatus?: boolean;
};

const KIND_HELP: Record<FactKind, string> = {
  backing: "who backs whom",
  meeting: "who met, where and when",
  "deal-term": "what an agreement requires",
  figure: "a number and what it counts",
  role: "a person's office",
  event: "what happened on a date",
  motive: "who wants or fears what",
  claim: "who asserts what",
  relation: "how two parties stand to each other",
  stated: "words a sentence states, asked as a fill-in",
};

function ErrorText({ id, errors }: { id: string; errors: string[] }) {
  return errors.length ? (
    <p id={id} className="text-sm font-medium text-red-700 dark:text-red-400">
      {errors.join(" ")}
    </p>
  ) : null;
}

function EntityList({
  spec,
  values,
  errors,
  entities,
}: {
  spec: FieldSpec;
  values: Record<string, string>;
  errors: Record<string, string[]>;
  entities: PickerEntity[];
}) {
  const initial = Object.keys(values).filter((k) => k.startsWith(`${spec.name}.`) && /\.\d+$/.test(k)).length;
  const [count, setCount] = useState(
    Math.max(initial, spec.name === "participants" || spec.name === "between" ? 2 : 1),
  );
  const [said, setSaid] = useState("");
  return (
    <fieldset className="flex flex-col gap-3 rounded-md border border-slate-300 p-3 dark:border-slate-700">
      <legend className="px-1 text-sm font-medium">
        {spec.label}
        {spec.optional ? " (optional)" : ""}
      </legend>
      {Array.from({ length: count }, (_, i) => (
        <EntityPicker
          key={i}
          name={`${spec.name}.${i}`}
          label={`${spec.label} ${i + 1}`}
          defaultValue={values[`${spec.name}.${i}`] ?? ""}
          errors={errors[`${spec.name}.${i}`] ?? []}
          listId="entity-names"
          entities={entities}
        />
      ))}
      <ErrorText id={`${spec.name}-error`} errors={errors[spec.name] ?? []} />
      <div className="flex flex-wrap items-center gap-2">
        {count < MAX_LIST_ENTRIES ? (
          <Button
            type="button"
            variant="secondary"
            size="compact"
            onClick={() => (setCount(count + 1), setSaid(`${spec.label} ${count + 1} added.`))}
          >
            Add another {spec.label.toLowerCase().replace(/s$/, "")}
          </Button>
        ) : null}
        <span role="status" className="sr-only">
          {said}
        </span>
      </div>
    </fieldset>
  );
}

function FieldInput({
  spec,
  values,
  errors,
  entities,
}: {
  spec: FieldSpec;
  values: Record<string, string>;
  errors: Record<string, string[]>;
  entities: PickerEntity[];
}) {
  const errs = errors[spec.name] ?? [];
  const label = `${spec.label}${spec.optional ? " (optional)" : ""}`;
  if (spec.type === "boolean") {
    return (
      <div className="flex items-center gap-2">
        <input
          id={spec.name}
          name={spec.name}
          type="checkbox"
          defaultChecked={values[spec.name] === "on"}
          className="h-5 w-5"
        />
        <label htmlFor={spec.name}>{spec.label}</label>
      </div>
    );
  }
  if (spec.type === "entity") {
    return (
      <EntityPicker
        name={spec.name}
        label={label}
        defaultValue={values[spec.name] ?? ""}
        errors={errs}
        listId="entity-names"
        entities={entities}
      />
    );
  }
  if (spec.type === "entities") return <EntityList spec={spec} values={values} errors={errors} entities={entities} />;
  const hint = spec.type === "date" ? "YYYY, YYYY-MM or YYYY-MM-DD" : spec.hint;
  const describedBy =
    [hint ? `${spec.name}-hint` : "", errs.length ? `${spec.name}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={spec.name} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={spec.name}
        name={spec.name}
        defaultValue={values[spec.name] ?? ""}
        aria-invalid={errs.length ? true : undefined}
        aria-describedby={describedBy}
        className={inputClass}
      />
      {hint ? (
        <p id={`${spec.name}-hint`} className="text-sm text-slate-600 dark:text-slate-300">
          {hint}
        </p>
      ) : null}
      <ErrorText id={`${spec.name}-error`} errors={errs} />
    </div>
  );
}

/** One form for adding a fact and editing one: the kind's fields, entities by name, and the quotes. */
export function FactForm({
  action,
  hidden,
  kinds,
  kind: initialKind,
  values,
  evidence,
  entities,
  submitLabel,
  offerStatus,
}: Props) {
  const [state, formAction, pending] = useActionState<ActionResult<null>, FormData>(action, idle);
  const [kind, setKind] = useState<FactKind>(initialKind);
  const errors = state.ok ? {} : state.fieldErrors;
  const formErrors = [
    ...(errors._form ?? []),
    ...Object.entries(errors)
      .filter(
        ([k]) =>
          !k.includes(".") &&
          !FACT_FIELDS[kind].some((f) => f.name === k) &&
          !["_form", "kind", "status", "slug", "passage"].includes(k),
      )
      .flatMap(([, v]) => v),
  ];
  return (
    <form
      action={formAction}
      // Submitted by hand so a refused form keeps what the teacher typed (a form action resets it).
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        startTransition(() => formAction(data));
      }}
      noValidate
      className="flex flex-col gap-4"
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormAlert message={state.ok ? "" : state.error} />
      {formErrors.length ? (
        <p className="text-sm font-medium text-red-700 dark:text-red-400">{formErrors.join(" ")}</p>
      ) : null}
      <datalist id="entity-names">
        {entities.map((e) => (
          <option key={`${e.type}:${e.name}`} value={e.name} label={e.type} />
        ))}
      </datalist>
      <fieldset className="flex flex-col gap-4">
        <legend className="text-lg font-semibold">Evidence</legend>
        {evidence.map((e, i) => {
          const name = `quote.${i}`;
          const errs = errors[name] ?? [];
          return (
            <div key={name} className="flex flex-col gap-1">
              <p id={`${name}-passage`} className="text-sm text-slate-700 dark:text-slate-300">
                Passage {e.passage.slice(1)}: <span className="font-serif">{e.text}</span>
              </p>
              <label htmlFor={name} className="text-sm font-medium">
                Quote from passage {e.passage.slice(1)} (word for word)
              </label>
              <textarea
                id={name}
                name={name}
                rows={3}
                defaultValue={values[name] ?? ""}
                aria-invalid={errs.length ? true : undefined}
                aria-describedby={[`${name}-passage`, errs.length ? `${name}-error` : ""].filter(Boolean).join(" ")}
                className={`${inputClass} font-serif`}
              />
              <ErrorText id={`${name}-error`} errors={errs} />
            </div>
          );
        })}
      </fieldset>
      {kinds.length > 1 ? (
        <div className="flex flex-col gap-1">
          <label htmlFor="kind" className="text-sm font-medium">
            What kind of fact is it?
          </label>
          <select
            id="kind"
            name="kind"
            value={kind}
            onChange={(e) => setKind(e.target.value as FactKind)}
            className={inputClass}
          >
            {kinds.map((k) => (
              <option key={k} value={k}>
                {k}: {KIND_HELP[k]}
              </option>
            ))}
          </select>
          <ErrorText id="kind-error" errors={errors.kind ?? []} />
        </div>
      ) : (
        <input type="hidden" name="kind" value={kind} />
      )}
      <fieldset key={kind} className="flex flex-col gap-4">
        <legend className="text-lg font-semibold">The {kind} fact</legend>
        {FACT_FIELDS[kind].map((spec) => (
          <FieldInput key={spec.name} spec={spec} values={values} errors={errors} entities={entities} />
        ))}
      </fieldset>
      {offerStatus ? (
        <fieldset className="flex flex-col gap-2">
          <legend className="text-sm font-medium">When it is saved</legend>
          <label className="flex items-center gap-2">
            <input type="radio" name="status" value="reviewed" defaultChecked className="h-4 w-4" /> Approve it now (its
            questions join the bank)
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="status" value="proposed" className="h-4 w-4" /> Keep it as a proposal to review
            later
          </label>
        </fieldset>
      ) : null}
      <div>
        <Button type="submit" disabled={pending} size="compact" className="px-4 py-2 text-base">
          {pending ? "Saving…" : submitLabel}
        </Button>
      </div>
    </form>
  );
}

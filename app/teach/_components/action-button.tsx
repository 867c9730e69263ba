"use client";
import { useActionState } from "react";
import { idle, type ActionResult } from "@/lib/actions/result";
import { buttonSecondary } from "@/app/_components/action-styles";
import { keepValuesOnSubmit } from "@/app/_components/keep-values";
import { ActionError, ActionDone } from "@/app/_components/form-alert";

type Props<T> = {
  action: (prev: ActionResult<T | null>, form: FormData) => Promise<ActionResult<T>>;
  fields: Record<string, string>;
  label: string;
  pendingLabel?: string;
  /** A fuller name for screen readers when the visible label is short ("Add" → "Add question 3"). */
  accessibleName?: string;
  className?: string;
  disabled?: boolean;
  /** Said once the action has worked, for buttons whose row stays on the page. */
  doneMessage?: string;
};

/** One button that posts a few hidden fields to a server action; works without JavaScript too. */
export function ActionButton<T>({
  action,
  fields,
  label,
  pendingLabel,
  accessibleName,
  className,
  disabled,
  doneMessage,
}: Props<T>) {
  const [state, formAction, pending] = useActionState<ActionResult<T | null>, FormData>(action, idle);
  return (
    <form action={formAction} onSubmit={keepValuesOnSubmit(formAction)} className="inline-flex flex-col gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        disabled={pending || disabled}
        aria-label={accessibleName}
        className={className ?? buttonSecondary}
      >
        {pending ? (pendingLabel ?? "Working…") : label}
      </button>
      <ActionError state={state} />
      {state.ok && doneMessage ? <ActionDone message={doneMessage} /> : null}
    </form>
  );
}

"use client";
import { useActionState } from "react";
import { approveFactsAction } from "@/lib/actions/teach/approve-facts";
import { idle, type ActionResult } from "@/lib/actions/result";
import { keepValuesOnSubmit } from "@/app/_components/keep-values";
import { Button } from "@/app/_components/button";
import { ActionError, ActionDone } from "@/app/_components/form-alert";

export const APPROVE_FORM_ID = "approve-many";

/**
 * "Approve selected": the form the facts' checkboxes belong to (form="approve-many"),
 * and a box that ticks or clears all of them at once.
 */
export function ApproveMany({ slug, count }: { slug: string; count: number }) {
  const [state, formAction, pending] = useActionState<ActionResult<string | null>, FormData>(approveFactsAction, idle);
  const boxes = () => [
    ...document.querySelectorAll<HTMLInputElement>(`input[form="${APPROVE_FORM_ID}"][name="factId"]`),
  ];
  return (
    <form
      id={APPROVE_FORM_ID}
      action={formAction}
      onSubmit={keepValuesOnSubmit(formAction)}
      className="flex flex-wrap items-center gap-3 rounded-lg bg-slate-50 p-3 dark:bg-slate-900"
    >
      <input type="hidden" name="slug" value={slug} />
      {count ? (
        <>
          <label className="flex items-center gap-2 text-sm font-medium">
            <input
              type="checkbox"
              className="h-5 w-5"
              onChange={(e) => {
                for (const box of boxes()) box.checked = e.target.checked;
              }}
            />
            Select all {count} not yet approved
          </label>
          <Button type="submit" disabled={pending} size="compact">
            {pending ? "Approving…" : "Approve selected"}
          </Button>
        </>
      ) : (
        <span className="text-sm">Every fact is approved.</span>
      )}
      <ActionDone message={state.ok ? (state.data ?? "") : ""} />
      <ActionError state={state} />
    </form>
  );
}

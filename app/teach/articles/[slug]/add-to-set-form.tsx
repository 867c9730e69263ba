"use client";
import { startTransition, useActionState, useState } from "react";
import { addArticleQuestionsAction } from "@/lib/actions/teach/add-article-questions";
import { idle, type ActionResult } from "@/lib/actions/result";
import { inputClass } from "../../_components/styles";
import { Button } from "@/app/_components/button";
import { ActionError } from "@/app/_components/form-alert";

type Props = { slug: string; count: number; sets: { id: string; title: string }[]; defaultTitle: string };

/** "Add all N reviewed questions from this article" to one of the teacher's sets, or to a new one. */
export function AddToSetForm({ slug, count, sets, defaultTitle }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult<null>, FormData>(addArticleQuestionsAction, idle);
  const [target, setTarget] = useState<"existing" | "new">(sets.length ? "existing" : "new");
  const errors = state.ok ? {} : state.fieldErrors;
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        startTransition(() => formAction(data));
      }}
      className="flex flex-col gap-3"
    >
      <input type="hidden" name="slug" value={slug} />
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium">Add them to</legend>
        {sets.length ? (
          <div className="flex flex-wrap items-center gap-2">
            <input
              id="target-existing"
              type="radio"
              name="target"
              value="existing"
              checked={target === "existing"}
              onChange={() => setTarget("existing")}
              className="h-4 w-4"
            />
            <label htmlFor="target-existing">an existing set:</label>
            <label htmlFor="set-choice" className="sr-only">
              Which set
            </label>
            <select
              id="set-choice"
              name="setId"
              disabled={target !== "existing"}
              className={`${inputClass} max-w-full`}
            >
              {sets.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="flex flex-wrap items-center gap-2">
          <input
            id="target-new"
            type="radio"
            name="target"
            value="new"
            checked={target === "new"}
            onChange={() => setTarget("new")}
            className="h-4 w-4"
          />
          <label htmlFor="target-new">a new set called</label>
          <label htmlFor="new-title" className="sr-only">
            Title of the new set
          </label>
          <input
            id="new-title"
            name="newTitle"
            defaultValue={defaultTitle}
            disabled={target !== "new"}
            aria-invalid={errors.newTitle ? true : undefined}
            aria-describedby={errors.newTitle ? "new-title-error" : undefined}
            className={`${inputClass} min-w-0 max-w-full`}
          />
        </div>
        {errors.newTitle ? (
          <p id="new-title-error" className="text-sm font-medium text-red-700 dark:text-red-400">
            {errors.newTitle.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending} size="compact">
          {pending
            ? "Adding…"
            : `Add all ${count} reviewed ${count === 1 ? "question" : "questions"} from this article`}
        </Button>
        <ActionError state={state} />
      </div>
    </form>
  );
}

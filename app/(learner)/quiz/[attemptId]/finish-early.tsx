"use client";
import { useActionState } from "react";
import { finishQuizAction } from "@/lib/actions/quiz/finish-quiz";
import { idle, type ActionResult } from "@/lib/actions/result";

export function FinishEarly({ attemptId }: { attemptId: string }) {
  const [state, formAction, pending] = useActionState<ActionResult<null>, FormData>(finishQuizAction, idle);
  return (
    <form action={formAction}>
      <input type="hidden" name="attemptId" value={attemptId} />
      <button type="submit" disabled={pending} className="underline">
        End quiz now
      </button>
      {!state.ok && state.error ? <p role="alert">{state.error}</p> : null}
    </form>
  );
}

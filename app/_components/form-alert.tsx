import type { ActionResult } from "@/lib/actions/result";

// The form-level message, announced to screen readers when it appears.
export function FormAlert({ message }: { message: string }) {
  return (
    <div role="alert" aria-live="assertive" className="min-h-6 text-sm font-medium text-red-700 dark:text-red-400">
      {message}
    </div>
  );
}

/** A server action's error, beside the button that sent it; announced when it appears. */
export function ActionError({ state }: { state: ActionResult<unknown> }) {
  return !state.ok && state.error ? (
    <span role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
      {state.error}
    </span>
  ) : null;
}

/** What an action did ("Added 3 questions."), said politely; render it before there is anything to say, so the change is heard. */
export function ActionDone({ message }: { message: string }) {
  return (
    <span role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
      {message}
    </span>
  );
}

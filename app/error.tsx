"use client";
// Unexpected failures land here; expected ones are shown next to the form that caused them.
import { Button } from "@/app/_components/button";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        Nothing you submitted before this was lost. Try again; if it keeps happening, tell your teacher
        {error.digest ? ` (reference ${error.digest})` : ""}.
      </p>
      <Button onClick={reset} className="mt-6">
        Try again
      </Button>
    </div>
  );
}

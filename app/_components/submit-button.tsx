"use client";
import { useFormStatus } from "react-dom";
import { Button } from "./button";

/** The main button of a form posted to a server action: disabled, with `pendingText`, while the form is sent. */
export function SubmitButton({ children, pendingText }: { children: React.ReactNode; pendingText?: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" disabled={pending} className="disabled:opacity-70">
      {pending ? (pendingText ?? "Working…") : children}
    </Button>
  );
}

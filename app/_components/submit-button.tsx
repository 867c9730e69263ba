"use client";
import { useFormStatus } from "react-dom";
import { actionPrimary } from "@/app/_components/action-styles";

export function SubmitButton({ children, pendingText }: { children: React.ReactNode; pendingText?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} className={`${actionPrimary} disabled:opacity-70`}>
      {pending ? (pendingText ?? "Working…") : children}
    </button>
  );
}

import Link from "next/link";
import type { ComponentProps } from "react";
import { actionClass, type ActionSize, type ActionVariant } from "./action-styles";

type Look = { variant?: ActionVariant; size?: ActionSize; className?: string };

function lookClass({ variant = "primary", size = "full", className }: Look): string {
  return className ? `${actionClass(variant, size)} ${className}` : actionClass(variant, size);
}

/** A button in one of the app's looks; `type` is "button" unless said otherwise, so it never submits a form by chance. */
export function Button({ variant, size, className, type = "button", ...props }: Look & ComponentProps<"button">) {
  return <button type={type} className={lookClass({ variant, size, className })} {...props} />;
}

/** A link that looks like a button: a call to action that goes to another page. */
export function ButtonLink({ variant, size, className, ...props }: Look & ComponentProps<typeof Link>) {
  return <Link className={lookClass({ variant, size, className })} {...props} />;
}

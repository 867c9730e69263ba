"use client";
import { startTransition, type FormEvent } from "react";

/**
 * A form's onSubmit that sends its data to the action by hand. A form action resets
 * the form when it completes, so a refused sign-in would lose the email and a refused
 * paste the whole article; sent this way, what the user typed stays. The form keeps
 * its `action` too, so it still posts without JavaScript. The submitter goes along,
 * so a button's own name and value arrive as they would.
 */
export function keepValuesOnSubmit(formAction: (data: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(data));
  };
}

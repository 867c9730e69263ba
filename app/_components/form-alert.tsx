// The form-level message, announced to screen readers when it appears.
export function FormAlert({ message }: { message: string }) {
  return (
    <div role="alert" aria-live="assertive" className="min-h-6 text-sm font-medium text-red-700 dark:text-red-400">
      {message}
    </div>
  );
}

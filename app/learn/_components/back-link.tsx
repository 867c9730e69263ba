import Link from "next/link";

export function BackToLearn() {
  return (
    <Link href="/learn" className="text-sm text-brand-700 underline underline-offset-2 dark:text-brand-100">
      ← Learning aids
    </Link>
  );
}

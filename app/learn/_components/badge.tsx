const TONES = {
  neutral: "border-slate-300 text-slate-700 dark:border-slate-600 dark:text-slate-200",
  planned: "border-amber-600 text-amber-900 bg-amber-50 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100",
  proposed: "border-violet-600 text-violet-900 bg-violet-50 dark:border-violet-400 dark:bg-violet-950 dark:text-violet-100",
} as const;

/** A short label beside a heading: "Meeting", "Planned", "Proposed". */
export function Badge({ tone = "neutral", children }: { tone?: keyof typeof TONES; children: React.ReactNode }) {
  return <span className={`inline-block rounded border px-1.5 py-0.5 text-xs font-semibold ${TONES[tone]}`}>{children}</span>;
}

/** Proposed facts are shown, but never without saying a teacher has not checked them yet. */
export function ProposedBadge() {
  return (
    <Badge tone="proposed">
      Proposed<span className="sr-only">: not yet reviewed by a teacher</span>
    </Badge>
  );
}

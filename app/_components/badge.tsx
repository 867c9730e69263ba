const TONES = {
  neutral: "border border-slate-300 text-slate-700 dark:border-slate-600 dark:text-slate-200",
  planned:
    "border border-amber-600 text-amber-900 bg-amber-50 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100",
  proposed:
    "border border-violet-600 text-violet-900 bg-violet-50 dark:border-violet-400 dark:bg-violet-950 dark:text-violet-100",
  /** Late work, hidden questions: something a teacher or learner should act on. */
  alert: "bg-rose-100 text-rose-900",
  /** Over time, proposed questions: worth a look. */
  caution: "bg-amber-100 text-amber-900",
  approved: "bg-emerald-100 text-emerald-900",
  brand: "bg-brand-100 text-brand-800",
  /** Plain facts about a thing: its kind, "not open yet". */
  muted: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100",
} as const;

/** A short label beside a heading or a name: "Meeting", "Proposed", "Late". */
export function Badge({
  tone = "neutral",
  className,
  children,
}: {
  tone?: keyof typeof TONES;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <span
      className={`inline-block rounded px-1.5 py-0.5 text-xs font-semibold ${TONES[tone]}${className ? ` ${className}` : ""}`}
    >
      {children}
    </span>
  );
}

/** Proposed facts are shown, but never without saying a teacher has not checked them yet. */
export function ProposedBadge() {
  return (
    <Badge tone="proposed">
      Proposed<span className="sr-only">: not yet reviewed by a teacher</span>
    </Badge>
  );
}

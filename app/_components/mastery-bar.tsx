/** A labelled 0–100% bar; "not started" when there is nothing to measure yet. */
export function MasteryBar({ label, value }: { label: string; value: number | null }) {
  const percent = value === null ? null : Math.round(value * 100);
  return (
    <div>
      <div className="flex justify-between text-sm">
        <span>{label}</span>
        <span className="tabular-nums">{percent === null ? "not started" : `${percent}%`}</span>
      </div>
      <div className="mt-1 h-2 overflow-hidden rounded bg-slate-200 dark:bg-slate-800" role="img" aria-label={`${label}: ${percent === null ? "not started" : `${percent}% mastered`}`}>
        <div className="h-full rounded bg-brand-700 dark:bg-brand-100" style={{ width: `${percent ?? 0}%` }} />
      </div>
    </div>
  );
}

/**
 * A labelled 0–100% bar. `text` replaces the percentage when there is none to show
 * ("not started", "not enough answers yet"), so the bar never claims more than it knows.
 */
export function MasteryBar({ label, value, text }: { label: string; value: number | null; text?: string }) {
  const percent = value === null ? null : Math.round(value * 100);
  const shown = percent === null ? (text ?? "not started") : `${percent}%`;
  return (
    <div>
      <div className="flex justify-between gap-2 text-sm">
        <span>{label}</span>
        <span className="text-right tabular-nums">{shown}</span>
      </div>
      <div
        className="mt-1 h-2 overflow-hidden rounded bg-slate-200 dark:bg-slate-800"
        role="img"
        aria-label={`${label}: ${percent === null ? shown : `${percent}% mastered`}`}
      >
        <div className="h-full rounded bg-brand-700 dark:bg-brand-100" style={{ width: `${percent ?? 0}%` }} />
      </div>
    </div>
  );
}

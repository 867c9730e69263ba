import type { DayPoint } from "@/lib/progress";

/** Answers per day (bar height) and share right (dark part), with a table for screen readers. */
export function HistoryChart({ points }: { points: DayPoint[] }) {
  const max = Math.max(1, ...points.map((p) => p.answered));
  const w = 600;
  const h = 140;
  const bar = w / points.length;
  const active = points.filter((p) => p.answered > 0);
  return (
    <figure>
      <svg viewBox={`0 0 ${w} ${h + 20}`} className="h-auto w-full" role="img" aria-labelledby="history-caption">
        {points.map((p, i) => {
          const total = (p.answered / max) * h;
          const right = total * p.correctRate;
          return (
            <g key={p.day}>
              <rect
                x={i * bar + 1}
                y={h - total}
                width={bar - 2}
                height={total}
                className="fill-slate-300 dark:fill-slate-700"
              />
              <rect
                x={i * bar + 1}
                y={h - right}
                width={bar - 2}
                height={right}
                className="fill-brand-700 dark:fill-brand-100"
              />
            </g>
          );
        })}
        <text x={0} y={h + 15} className="fill-slate-600 text-[11px] dark:fill-slate-300">
          {points[0]?.day}
        </text>
        <text x={w} y={h + 15} textAnchor="end" className="fill-slate-600 text-[11px] dark:fill-slate-300">
          {points.at(-1)?.day}
        </text>
      </svg>
      <figcaption id="history-caption" className="text-sm text-slate-600 dark:text-slate-300">
        Answers per day over the last {points.length} days; the dark part of each bar is the share you got right.
      </figcaption>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer underline">Show as a table</summary>
        <table className="mt-2 w-full text-left">
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Answered</th>
              <th scope="col">Right</th>
            </tr>
          </thead>
          <tbody>
            {active.map((p) => (
              <tr key={p.day}>
                <td>{p.day}</td>
                <td>{p.answered}</td>
                <td>{Math.round(p.correctRate * 100)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

import type { ReactNode } from "react";

const COLUMNS = { 3: "sm:grid-cols-3", 4: "sm:grid-cols-4" } as const;

/** A row of stat cards: a description list, two to a line on a phone. */
export function StatList({
  columns = 4,
  className,
  children,
}: {
  columns?: keyof typeof COLUMNS;
  className?: string;
  children: ReactNode;
}) {
  return (
    <dl className={`grid grid-cols-2 gap-3 ${COLUMNS[columns]}${className ? ` ${className}` : ""}`}>{children}</dl>
  );
}

/** One count or share in a StatList: its label, the figure, and what else explains it (a rate, a link). */
export function StatCard({ label, value, children }: { label: string; value: ReactNode; children?: ReactNode }) {
  return (
    <div className="min-w-0 rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <dt className="text-sm text-slate-600 dark:text-slate-300">{label}</dt>
      <dd className="text-2xl font-bold tabular-nums">{value}</dd>
      {children ? <dd className="mt-1 flex flex-col gap-1 text-sm">{children}</dd> : null}
    </div>
  );
}

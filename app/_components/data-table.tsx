import { useId, type ReactNode } from "react";

export type Column = { label: ReactNode; className?: string };

// Cell styles are set once on the row or body, not on each of a class's hundreds of cells: a results page's HTML
// and payload shrink by a third.
const CELLS = "[&_td]:pr-3 [&_th]:pr-3 [&_th]:text-left [&>tr]:align-top";
// Ruled: a record a row, lines between them. Compact: short rows and no lines, for a table read as a chart.
const DENSITY = {
  ruled: {
    head: "border-b border-slate-300 dark:border-slate-700 [&>th]:py-2",
    body: "[&_td]:py-2 [&_th]:py-2 [&>tr]:border-b [&>tr]:border-slate-200 dark:[&>tr]:border-slate-800",
  },
  compact: { head: "[&>th]:py-1", body: "[&_td]:py-0.5 [&_th]:py-0.5" },
} as const;
// A row header is a name ("Ben Learner", medium weight) or a longer text (a question, a score band: normal weight).
const ROW_HEADERS = { name: "[&_th]:font-medium", text: "[&_th]:font-normal" } as const;

/**
 * A table of records: a caption for screen readers, a header cell per column, and the rows, which the caller
 * writes (`<tr>` with a `<th scope="row">` naming the record). On a narrow screen a wide table scrolls sideways
 * inside its own region, named by the caption and reachable with Tab, rather than widen the page. `rowHeaders`
 * says how the row headers read; `tableClassName` sets the table's width (`min-w-[32rem]` for one that must not
 * squeeze, `max-w-xl` for a short one).
 */
export function DataTable({
  caption,
  columns,
  density = "ruled",
  rowHeaders = "name",
  tableClassName,
  children,
}: {
  caption: string;
  columns: readonly Column[];
  density?: keyof typeof DENSITY;
  rowHeaders?: keyof typeof ROW_HEADERS;
  tableClassName?: string;
  children: ReactNode;
}) {
  const captionId = useId();
  return (
    <div
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
      className="mt-3 overflow-x-auto focus-visible:outline-2 focus-visible:outline-brand-700"
    >
      <table className={`w-full text-sm${tableClassName ? ` ${tableClassName}` : ""}`}>
        <caption id={captionId} className="sr-only">
          {caption}
        </caption>
        <thead>
          <tr className={`text-left ${DENSITY[density].head}`}>
            {columns.map((c, i) => (
              <th key={i} scope="col" className={c.className ? `pr-3 ${c.className}` : "pr-3"}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={`${CELLS} ${DENSITY[density].body} ${ROW_HEADERS[rowHeaders]}`}>{children}</tbody>
      </table>
    </div>
  );
}

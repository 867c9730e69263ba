import { useId, type ReactNode } from "react";

export type Column = { label: ReactNode; className?: string };

// Cell styles are set once on the body, not on each of a class's hundreds of cells: a results page's HTML and
// payload shrink by a third.
const BODY =
  "[&_td]:py-2 [&_td]:pr-3 [&_th]:py-2 [&_th]:pr-3 [&_th]:text-left [&>tr]:border-b [&>tr]:border-slate-200 [&>tr]:align-top dark:[&>tr]:border-slate-800";
// A row header is a name ("Ben Learner", medium weight) or a longer text (a question, a score band: normal weight).
const ROW_HEADERS = { name: "[&_th]:font-medium", text: "[&_th]:font-normal" } as const;

/**
 * A table of records: a caption (on screen, or for screen readers only), a header cell per column, and the rows,
 * which the caller writes (`<tr>` with a `<th scope="row">` naming the record). On a narrow screen a wide table
 * scrolls sideways inside its own region, named by the caption and reachable with Tab, rather than widen the page.
 * `rowHeaders` says how the row headers read; `tableClassName` sets the table's width (`min-w-[32rem]` for one that must not squeeze, `max-w-xl` for a short one).
 */
export function DataTable({
  caption,
  captionVisible = false,
  columns,
  rowHeaders = "name",
  tableClassName,
  children,
}: {
  caption: string;
  captionVisible?: boolean;
  columns: readonly Column[];
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
        <caption id={captionId} className={captionVisible ? "mb-2 text-left font-medium" : "sr-only"}>
          {caption}
        </caption>
        <thead>
          <tr className="border-b border-slate-300 text-left dark:border-slate-700">
            {columns.map((c, i) => (
              <th key={i} scope="col" className={`py-2 pr-3${c.className ? ` ${c.className}` : ""}`}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={`${BODY} ${ROW_HEADERS[rowHeaders]}`}>{children}</tbody>
      </table>
    </div>
  );
}

import { sourceHref } from "@/lib/content/highlight";
import type { SourcedEvidence } from "@/lib/aids";

type QuoteGroup = { quote: string; sources: SourcedEvidence[] };

/** The same words quoted by several articles are shown once, with a link to each. */
function byQuote(evidence: readonly SourcedEvidence[]): QuoteGroup[] {
  const groups = new Map<string, SourcedEvidence[]>();
  for (const e of evidence) groups.set(e.quote, [...(groups.get(e.quote) ?? []), e]);
  return [...groups].map(([quote, sources]) => ({ quote, sources }));
}

function QuoteItem({ group }: { group: QuoteGroup }) {
  return (
    <li className="border-l-2 border-slate-300 pl-3 dark:border-slate-600">
      <blockquote className="font-serif break-words">“{group.quote}”</blockquote>
      <ul className="mt-1 flex flex-col gap-1 text-sm">
        {group.sources.map((s) => (
          <li key={`${s.article}#${s.passage}`}>
            <a
              href={sourceHref(s)}
              className="font-medium break-words text-brand-700 underline underline-offset-2 dark:text-brand-100"
            >
              {s.articleTitle}, passage {s.passage.slice(1)}
            </a>
          </li>
        ))}
      </ul>
    </li>
  );
}

/**
 * The quotes that state a fact, each linking to its highlighted passage in the
 * reader. The first is always shown; further ones (often the same sentence in
 * another outlet) fold away so a long page stays scannable.
 */
export function SourceQuotes({ evidence }: { evidence: readonly SourcedEvidence[] }) {
  const [first, ...rest] = byQuote(evidence);
  if (!first) return null;
  return (
    <div className="mt-3">
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300">
        From the sources
      </p>
      <ul className="mt-1 flex flex-col gap-3">
        <QuoteItem group={first} />
      </ul>
      {rest.length ? (
        <details className="mt-2">
          <summary className="cursor-pointer text-sm font-medium text-slate-700 dark:text-slate-300">
            {rest.length === 1 ? "1 more quote" : `${rest.length} more quotes`}
          </summary>
          <ul className="mt-2 flex flex-col gap-3">
            {rest.map((g) => (
              <QuoteItem key={g.quote} group={g} />
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

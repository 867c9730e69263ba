import type { ReactNode } from "react";
import { sourceHref } from "@/lib/content/highlight";

type Evidence = { article: string; passage: string; quote: string };
type Group = { first: Evidence; copies: Evidence[] };

/** Copies of one wire story carry the same sentence; compare quotes without case, quote marks or spacing. */
function quoteKey(quote: string): string {
  return quote
    .toLowerCase()
    .replace(/[“”"‘’'`´]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** One entry per distinct quote, in the order given; the same words in other reports become "also in". */
export function groupEvidence(evidence: readonly Evidence[]): Group[] {
  const groups = new Map<string, Group>();
  for (const e of evidence) {
    const key = quoteKey(e.quote);
    const group = groups.get(key);
    if (!group) groups.set(key, { first: e, copies: [] });
    else if (group.first.article !== e.article && !group.copies.some((c) => c.article === e.article))
      group.copies.push(e);
  }
  return [...groups.values()];
}

const linkClass = "font-medium text-brand-700 underline dark:text-brand-100";

/** A link to the highlighted passage, in a new tab so a quiz keeps its place. */
function SourceLink({ e, title, children }: { e: Evidence; title: string; children?: ReactNode }) {
  return (
    <a href={sourceHref(e)} target="_blank" rel="noopener" className={linkClass}>
      {children ?? `${title}, passage ${e.passage.slice(1)}`}
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}

/** The quotes that prove an answer, each linking to its highlighted passage; repeated quotes shown once. */
export function EvidenceList({
  evidence,
  articleTitles,
}: {
  evidence: Evidence[];
  articleTitles: Record<string, string>;
}) {
  if (!evidence.length) return null;
  const title = (e: Evidence) => articleTitles[e.article] ?? e.article;
  return (
    <div className="mt-3">
      <h3 className="text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300">
        From the source
      </h3>
      <ul className="mt-1 flex flex-col gap-2">
        {groupEvidence(evidence).map(({ first, copies }) => (
          <li key={`${first.article}#${first.passage}:${first.quote}`}>
            <blockquote className="font-serif">“{first.quote}”</blockquote>
            <p className="text-sm">
              <SourceLink e={first} title={title(first)} />
              {copies.length ? (
                <>
                  {" "}
                  <span className="text-slate-600 dark:text-slate-300">· also in </span>
                  {copies.map((c, i) => (
                    <span key={c.article}>
                      {i > 0 ? ", " : null}
                      <SourceLink e={c} title={title(c)}>
                        {title(c)}
                      </SourceLink>
                    </span>
                  ))}
                </>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}

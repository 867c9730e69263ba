import { sourceHref } from "@/lib/content/highlight";

type Evidence = { article: string; passage: string; quote: string };

/** The quotes that prove an answer, each linking to its highlighted passage. */
export function EvidenceList({ evidence, articleTitles }: { evidence: Evidence[]; articleTitles: Record<string, string> }) {
  if (!evidence.length) return null;
  return (
    <div className="mt-3">
      <h3 className="text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300">From the source</h3>
      <ul className="mt-1 flex flex-col gap-2">
        {evidence.map((e) => (
          <li key={`${e.article}#${e.passage}:${e.quote}`}>
            <blockquote className="font-serif">“{e.quote}”</blockquote>
            <a href={sourceHref(e)} className="text-sm font-medium text-brand-700 underline dark:text-brand-100">
              {articleTitles[e.article] ?? e.article}, passage {e.passage.slice(1)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

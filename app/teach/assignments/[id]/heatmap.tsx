import type { Article } from "@/lib/content/schema";
import { describeHeat, HEAT_LEVEL_LABELS, passageKey, type HeatLevel, type PassageHeat } from "@/lib/teach";

/** Light to dark; text stays dark on every shade so it keeps its contrast in both themes. */
const SHADES: Record<HeatLevel, string> = {
  0: "bg-emerald-50 border-emerald-300",
  1: "bg-amber-50 border-amber-300",
  2: "bg-amber-200 border-amber-400",
  3: "bg-orange-300 border-orange-500",
  4: "bg-red-300 border-red-600",
};

export function HeatLegend() {
  return (
    <ul aria-label="Legend" className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
      {([0, 1, 2, 3, 4] as const).map((level) => (
        <li key={level} className="flex items-center gap-2">
          <span aria-hidden="true" className={`inline-block h-4 w-6 rounded border ${SHADES[level]}`} />
          {HEAT_LEVEL_LABELS[level]}
        </li>
      ))}
      <li className="flex items-center gap-2">
        <span aria-hidden="true" className="inline-block h-4 w-6 rounded border border-dashed border-slate-400" />
        not asked about
      </li>
    </ul>
  );
}

/** An article with each passage the questions cite shaded by how often the class missed them, and saying so in words. */
export function PassageHeatmap({ article, heat }: { article: Article; heat: ReadonlyMap<string, PassageHeat> }) {
  return (
    <article aria-labelledby={`heat-${article.slug}`} className="flex flex-col gap-2">
      <h3 id={`heat-${article.slug}`} className="font-serif text-lg font-semibold">
        {article.title}
      </h3>
      <ol className="flex flex-col gap-2">
        {article.passages.map((p) => {
          const h = heat.get(passageKey({ article: article.slug, passage: p.id }));
          return (
            <li
              key={p.id}
              className={
                h
                  ? `rounded-md border-l-4 p-2 text-slate-900 ${SHADES[h.level]}`
                  : "rounded-md border-l-4 border-dashed border-slate-300 p-2 dark:border-slate-700"
              }
            >
              <p className="text-xs font-semibold uppercase tracking-wide">
                Passage {p.id.slice(1)}
                {h ? <span className="normal-case tracking-normal">: {describeHeat(h)}</span> : null}
              </p>
              <p className="font-serif leading-relaxed">{p.text}</p>
            </li>
          );
        })}
      </ol>
    </article>
  );
}

import Link from "next/link";
import { describeCoverage, type ArticleCoverage } from "@/lib/teach";
import { cardClass, linkClass, mutedText } from "../../_components/styles";
import { Badge } from "@/app/_components/badge";
import { Section } from "@/app/_components/section";

/**
 * Which passages the article's reviewed questions quote and which none does, each
 * with its count in words (the badge repeats it, never colour alone) and, where
 * nothing asks about a passage, the way to add a fact from it.
 */
export function CoverageList({ slug, coverage }: { slug: string; coverage: ArticleCoverage }) {
  const total = coverage.passages.length;
  return (
    <Section id="coverage-heading" title="Coverage" className={`${cardClass} flex flex-col gap-2`}>
      <p>
        {coverage.covered} of {total} {total === 1 ? "passage has" : "passages have"} reviewed questions.
      </p>
      <p className={mutedText}>
        A passage with none is asked about by nothing yet: approve its facts, or add the fact the extractor missed.
      </p>
      <ol aria-label="Passages and their reviewed questions" className="flex flex-col gap-1">
        {coverage.passages.map((p) => {
          const n = p.passage.slice(1);
          return (
            <li key={p.passage} className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <Badge tone={p.questions > 0 ? "approved" : "caution"}>{p.questions > 0 ? "covered" : "none yet"}</Badge>
              <span>
                Passage {n}: {describeCoverage(p)}
              </span>
              {p.questions === 0 ? (
                <Link
                  href={`/teach/articles/${slug}/facts/new?passage=${encodeURIComponent(p.passage)}`}
                  className={linkClass}
                  aria-label={`Add a fact from passage ${n} (no reviewed questions yet)`}
                >
                  Add a fact
                </Link>
              ) : null}
            </li>
          );
        })}
      </ol>
    </Section>
  );
}

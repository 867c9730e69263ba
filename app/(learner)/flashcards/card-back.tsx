// The back of a flashcard: the answer in the articles' terms, the fact as a
// sentence, and the quotes that prove it with links to the highlighted passages.
import type { Ref } from "react";
import type { DueCard } from "@/lib/db/cards";
import { EvidenceList } from "@/app/_components/evidence-list";

type Props = { flashcard: DueCard["flashcard"]; headingRef: Ref<HTMLHeadingElement> };

export function CardBack({ flashcard, headingRef }: Props) {
  const titles = Object.fromEntries(flashcard.evidence.map((e) => [e.article, e.articleTitle]));
  return (
    <div>
      <h2
        ref={headingRef}
        tabIndex={-1}
        className="text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300"
      >
        Answer
      </h2>
      <p className="mt-1 text-lg font-semibold">{flashcard.back.answer}</p>
      <p className="mt-2 text-slate-700 dark:text-slate-300">{flashcard.back.statement}</p>
      <EvidenceList evidence={flashcard.evidence} articleTitles={titles} />
    </div>
  );
}

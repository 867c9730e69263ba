"use client";
import { useEffect, useRef } from "react";
import type { SubmitAnswerData } from "@/lib/actions/quiz/submit-answer";
import { normalizeText } from "@/lib/questions/text";
import { EvidenceList } from "@/app/_components/evidence-list";

type Props = {
  result: SubmitAnswerData;
  /** true-false and evidence: the statement already on screen, not to be printed again. */
  statement?: string;
  /** ordering: the right answer is a sequence, shown numbered. */
  ordered?: boolean;
  articleTitles: Record<string, string>;
  onNext: () => void;
  advancing: boolean;
};

const nextButton = "rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60";

/**
 * On a phone the Next button sits in a bar fixed to the bottom of the screen, so one tap moves on without
 * scrolling past the quotes; on a wide screen it sits beside the verdict.
 */
function NextControls({
  label,
  verdict,
  onNext,
  advancing,
}: {
  label: string;
  verdict: string;
  onNext: () => void;
  advancing: boolean;
}) {
  return (
    <>
      <button type="button" onClick={onNext} disabled={advancing} className={`hidden sm:inline-block ${nextButton}`}>
        {label}
      </button>
      <div className="fixed inset-x-0 bottom-0 z-20 flex items-center justify-between gap-3 border-t border-slate-200 bg-white/95 px-4 py-3 shadow-lg sm:hidden dark:border-slate-800 dark:bg-slate-950/95">
        <span aria-hidden="true" className="font-semibold">
          {verdict}
        </span>
        <button type="button" onClick={onNext} disabled={advancing} className={nextButton}>
          {label}
        </button>
      </div>
    </>
  );
}

export function Feedback({ result, statement, ordered, articleTitles, onNext, advancing }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const partial = !result.correct && result.score > 0;
  const label = result.finished
    ? result.withheld
      ? "Finish"
      : "See your results"
    : advancing
      ? "Loading…"
      : "Next question";
  if (result.withheld) {
    return (
      <section aria-labelledby="feedback-heading" className="rounded-lg border-2 border-slate-400 p-4 pb-20 sm:pb-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="feedback-heading" ref={headingRef} tabIndex={-1} className="text-lg font-bold">
            Answer saved
          </h2>
          <NextControls label={label} verdict="Answer saved" onNext={onNext} advancing={advancing} />
        </div>
        <p className="mt-1">Your teacher will show the right answers after the due date.</p>
      </section>
    );
  }
  const verdict = result.correct
    ? "✓ Right"
    : partial
      ? `◐ Partly right (${Math.round(result.score * 100)}% credit)`
      : "✗ Not quite";
  // The explanation often is the statement itself: say it once.
  const explanation =
    statement && normalizeText(statement) === normalizeText(result.explanation) ? "" : result.explanation;
  return (
    <section
      aria-labelledby="feedback-heading"
      className={`rounded-lg border-2 p-4 pb-20 sm:pb-4 ${result.correct ? "border-emerald-600 bg-emerald-50 dark:bg-emerald-950" : "border-rose-600 bg-rose-50 dark:bg-rose-950"}`}
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="feedback-heading" ref={headingRef} tabIndex={-1} className="text-lg font-bold">
          {verdict}
        </h2>
        <NextControls label={label} verdict={verdict} onNext={onNext} advancing={advancing} />
      </div>
      {partial ? (
        <p className="mt-1 text-sm">
          Partly right answers earn credit for each correct part; the score counts that credit.
        </p>
      ) : null}
      {result.rightAnswer.length > 1 ? (
        <div className="mt-1">
          <p className="font-semibold">Answer:</p>
          {ordered ? (
            <ol className="ml-5 list-decimal">
              {result.rightAnswer.map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ol>
          ) : (
            <ul className="ml-5 list-disc">
              {result.rightAnswer.map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ul>
          )}
        </div>
      ) : (
        <p className="mt-1">
          <span className="font-semibold">Answer:</span> {result.rightAnswer[0]}
        </p>
      )}
      {explanation ? <p className="mt-1">{explanation}</p> : null}
      <EvidenceList evidence={result.evidence} articleTitles={articleTitles} />
    </section>
  );
}

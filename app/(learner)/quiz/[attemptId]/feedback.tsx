"use client";
import { useEffect, useRef } from "react";
import type { SubmitAnswerData } from "@/lib/actions/quiz/submit-answer";
import { EvidenceList } from "@/app/_components/evidence-list";

type Props = { result: SubmitAnswerData; articleTitles: Record<string, string>; onNext: () => void; advancing: boolean };

export function Feedback({ result, articleTitles, onNext, advancing }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const partial = !result.correct && result.score > 0;
  if (result.withheld) {
    return (
      <section aria-labelledby="feedback-heading" className="rounded-lg border-2 border-slate-400 p-4">
        <h2 id="feedback-heading" ref={headingRef} tabIndex={-1} className="text-lg font-bold">
          Answer saved
        </h2>
        <p className="mt-1">Your teacher will show the right answers after the due date.</p>
        <button type="button" onClick={onNext} disabled={advancing} className="mt-4 rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {result.finished ? "Finish" : advancing ? "Loading…" : "Next question"}
        </button>
      </section>
    );
  }
  return (
    <section
      aria-labelledby="feedback-heading"
      className={`rounded-lg border-2 p-4 ${result.correct ? "border-emerald-600 bg-emerald-50 dark:bg-emerald-950" : "border-rose-600 bg-rose-50 dark:bg-rose-950"}`}
    >
      <h2 id="feedback-heading" ref={headingRef} tabIndex={-1} className="text-lg font-bold">
        {result.correct ? "✓ Right" : partial ? `◐ Partly right (${Math.round(result.score * 100)}%)` : "✗ Not quite"}
      </h2>
      <p className="mt-1">
        <span className="font-semibold">Answer:</span> {result.rightAnswer.join("; ")}
      </p>
      <p className="mt-1">{result.explanation}</p>
      <EvidenceList evidence={result.evidence} articleTitles={articleTitles} />
      <button type="button" onClick={onNext} disabled={advancing} className="mt-4 rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {result.finished ? "See your results" : advancing ? "Loading…" : "Next question"}
      </button>
    </section>
  );
}

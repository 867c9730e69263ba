"use client";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { submitAnswerAction, type SubmitAnswerData } from "@/lib/actions/quiz/submit-answer";
import type { QuestionView } from "@/lib/questions/view";
import type { Answer } from "@/lib/questions/schema";
import { AnswerInput, emptyDraft, type Draft } from "./answer-input";
import { Feedback } from "./feedback";
import { QuizTimer } from "./quiz-timer";
import { assertNever } from "@/lib/domain/assert-never";

/** The query parameter that keeps feedback on screen through a reload, back and forward. */
const SHOWN = "shown";

type Props = {
  attemptId: string;
  index: number;
  total: number;
  question: QuestionView;
  articleTitles: Record<string, string>;
  /** A reload during feedback: the stored answer and its result, shown again. */
  shown?: { result: SubmitAnswerData; answer: Answer };
  /** When a timed attempt runs out (ISO), for the visible timer. */
  deadline?: string;
};

/** The controls' state for an answer already given, so a reload shows what the learner chose. */
export function draftFromAnswer(q: QuestionView, a: Answer): Draft {
  const d = emptyDraft(q);
  switch (a.kind) {
    case "single-choice":
    case "evidence":
      return { ...d, choice: a.choice };
    case "date":
      return { ...d, choice: a.text };
    case "true-false":
      return { ...d, choice: a.value ? "True" : "False" };
    case "multi-select":
      return { ...d, choices: a.choices };
    case "cloze":
      return { ...d, text: a.text };
    case "ordering":
      return { ...d, order: a.order };
    case "matching":
      return { ...d, pairs: Object.fromEntries(a.pairs.map((p) => [p.left, p.right])) };
    default:
      return assertNever(a);
  }
}

function toAnswer(q: QuestionView, d: Draft): Answer | null {
  switch (q.kind) {
    case "single-choice":
    case "evidence":
      return d.choice ? { kind: q.kind, choice: d.choice } : null;
    case "date":
      return d.choice ? { kind: "date", text: d.choice } : null;
    case "true-false":
      return d.choice ? { kind: "true-false", value: d.choice === "True" } : null;
    case "multi-select":
      return d.choices.length ? { kind: "multi-select", choices: d.choices } : null;
    case "cloze":
      return d.text.trim() ? { kind: "cloze", text: d.text } : null;
    case "ordering":
      return { kind: "ordering", order: d.order };
    case "matching": {
      const left = q.left ?? [];
      if (left.some((l) => !d.pairs[l])) return null;
      return { kind: "matching", pairs: left.map((l) => ({ left: l, right: d.pairs[l] ?? "" })) };
    }
  }
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    ((target.tagName === "INPUT" && (target as HTMLInputElement).type === "text") ||
      target.tagName === "TEXTAREA" ||
      target.tagName === "SELECT" ||
      target.isContentEditable)
  );
}

export function QuizRunner({ attemptId, index, total, question, articleTitles, shown, deadline }: Props) {
  const router = useRouter();
  const [draft, setDraft] = useState<Draft>(() =>
    shown ? draftFromAnswer(question, shown.answer) : emptyDraft(question),
  );
  const [result, setResult] = useState<SubmitAnswerData | null>(shown?.result ?? null);
  const [error, setError] = useState("");
  const [timeUp, setTimeUp] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const [pending, startTransition] = useTransition();
  const [advancing, startAdvance] = useTransition();
  // One key per question: a retry or a double click sends the same key, and the server stores the answer once.
  const idempotencyKey = useRef<string>(crypto.randomUUID());
  const headingRef = useRef<HTMLHeadingElement>(null);
  const answer = toAnswer(question, draft);

  useEffect(() => {
    headingRef.current?.focus();
  }, [question.id]);

  const submit = useCallback(() => {
    if (!answer || pending || result) return;
    setError("");
    startTransition(async () => {
      try {
        const res = await submitAnswerAction({
          attemptId,
          questionId: question.id,
          idempotencyKey: idempotencyKey.current,
          answer,
        });
        if (res.ok) {
          setResult(res.data);
          // The URL now names the answered question: a reload, or Back from elsewhere, shows this feedback again.
          window.history.replaceState(null, "", `?${SHOWN}=${encodeURIComponent(question.id)}`);
        } else {
          setError(res.error);
          // Refused because the time ran out: the server has ended the attempt; offer the summary.
          setTimeUp(deadline !== undefined && Date.now() > new Date(deadline).getTime());
        }
      } catch {
        setError(
          "Your answer could not be sent. Check your connection and press Submit again; it will be counted once.",
        );
      }
    });
  }, [answer, pending, result, attemptId, question.id, deadline]);

  // Next drops the answered question from the URL; the server then shows the next one (or the summary).
  const next = useCallback(
    () =>
      startAdvance(() => {
        window.history.replaceState(null, "", `/quiz/${attemptId}`);
        router.refresh();
      }),
    [router, attemptId],
  );

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const typing = isTyping(e.target);
      if (e.key === "Enter") {
        if (
          e.target instanceof HTMLButtonElement ||
          e.target instanceof HTMLAnchorElement ||
          e.target instanceof HTMLSelectElement
        )
          return;
        e.preventDefault();
        if (result) next();
        else submit();
        return;
      }
      if (typing || result || !/^[1-9]$/.test(e.key)) return;
      const choices = question.kind === "true-false" ? ["True", "False"] : question.choices;
      const choice = choices[Number(e.key) - 1];
      if (!choice || question.kind === "ordering" || question.kind === "matching" || question.kind === "cloze") return;
      e.preventDefault();
      if (question.kind === "multi-select") {
        setDraft((d) => ({
          ...d,
          choices: d.choices.includes(choice) ? d.choices.filter((c) => c !== choice) : [...d.choices, choice],
        }));
      } else {
        setDraft((d) => ({ ...d, choice }));
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [question, result, submit, next]);

  return (
    <div className="flex flex-col gap-5">
      <div>
        <div className="mb-1 flex justify-between gap-3 text-sm text-slate-600 dark:text-slate-300">
          <span>
            Question {index + 1} of {total}
          </span>
          {deadline ? <QuizTimer deadline={deadline} /> : null}
        </div>
        <progress
          className="h-2 w-full overflow-hidden rounded [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-brand-700"
          value={index}
          max={total}
          aria-label={`Question ${index + 1} of ${total}`}
        />
      </div>
      <h1
        ref={headingRef}
        tabIndex={-1}
        data-question-id={question.id}
        className="text-xl font-semibold leading-snug sm:text-2xl"
      >
        {question.prompt}
      </h1>
      {question.statement ? (
        <blockquote className="border-l-4 border-brand-700 pl-3 font-serif text-lg">{question.statement}</blockquote>
      ) : null}
      {question.text ? <p className="font-serif text-lg leading-relaxed">{question.text}</p> : null}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        className="flex flex-col gap-4"
      >
        <AnswerInput
          question={question}
          draft={draft}
          setDraft={setDraft}
          locked={pending || result !== null}
          announce={setAnnouncement}
          rightAnswer={result && !result.withheld ? result.rightAnswer : undefined}
        />
        {result ? null : (
          <p className="text-sm text-slate-600 pointer-coarse:hidden dark:text-slate-300">
            {question.kind === "ordering" || question.kind === "matching" || question.kind === "cloze"
              ? "Press Enter to submit."
              : "Number keys choose, Enter submits."}
          </p>
        )}
        {result ? null : (
          <div>
            <button
              type="submit"
              disabled={!answer || pending}
              className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
            >
              {pending ? "Checking…" : "Submit"}
            </button>
          </div>
        )}
      </form>
      <div role="alert" className="min-h-0 text-sm font-medium text-red-700 dark:text-red-400">
        {error}
      </div>
      {timeUp ? (
        <button
          type="button"
          onClick={() => router.refresh()}
          className="self-start rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800"
        >
          See your results
        </button>
      ) : null}
      <div aria-live="polite" className="sr-only">
        {announcement}
      </div>
      {result ? (
        <Feedback
          result={result}
          statement={question.statement}
          ordered={question.kind === "ordering"}
          articleTitles={articleTitles}
          onNext={next}
          advancing={advancing}
        />
      ) : null}
    </div>
  );
}

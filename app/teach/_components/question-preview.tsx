import type { Question } from "@/lib/questions/schema";
import { questionStem } from "@/lib/questions/stem";
import { EvidenceList } from "@/app/_components/evidence-list";
import { KIND_LABELS } from "@/app/(learner)/quiz/kind-labels";
import { difficultyBand } from "@/lib/teach";
import { TOPIC_LABELS } from "./format";
import { Badge } from "@/app/_components/badge";

/** Kind, topic, status and difficulty as small tags. */
export function QuestionTags({ question, hidden }: { question: Question; hidden?: boolean }) {
  return (
    <span className="flex flex-wrap gap-1">
      <Badge tone="muted">{KIND_LABELS[question.kind]}</Badge>
      <Badge tone="muted">{TOPIC_LABELS[question.topic]}</Badge>
      <Badge tone="muted">{difficultyBand(question.difficulty)}</Badge>
      {question.status === "proposed" ? <Badge tone="caution">proposed</Badge> : null}
      {hidden ? <Badge tone="alert">hidden</Badge> : null}
    </span>
  );
}

/** The question as a learner would see it, with its answer and the evidence that proves it. */
export function QuestionBody({
  question,
  articleTitles,
}: {
  question: Question;
  articleTitles: Record<string, string>;
}) {
  const right = new Set(question.answers);
  return (
    <div className="flex flex-col gap-2">
      {question.kind === "matching" ? (
        <p className="text-sm">
          Match: {question.left.join("; ")} → {question.right.join("; ")}
        </p>
      ) : null}
      {question.choices.length && question.kind !== "ordering" ? (
        <ul className="flex flex-col gap-1 text-sm">
          {question.choices.map((c) => (
            <li key={c} className={right.has(c) ? "font-semibold text-emerald-800 dark:text-emerald-300" : undefined}>
              {right.has(c) ? "✓ " : "· "}
              {c}
              {right.has(c) ? <span className="sr-only"> (right answer)</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="text-sm">
        <span className="font-semibold">Answer:</span>{" "}
        {question.answers.join(question.kind === "ordering" ? " → " : "; ")}
      </p>
      <p className="text-sm text-slate-700 dark:text-slate-300">{question.explanation}</p>
      <EvidenceList evidence={question.evidence} articleTitles={articleTitles} />
    </div>
  );
}

/** A collapsed preview: the prompt as the summary, the rest on demand. */
export function QuestionPreview({
  question,
  articleTitles,
  hidden,
}: {
  question: Question;
  articleTitles: Record<string, string>;
  hidden?: boolean;
}) {
  return (
    <details className="group min-w-0">
      <summary className="cursor-pointer">
        <span className="font-medium">{questionStem(question)}</span>{" "}
        <span className="text-sm text-brand-700 underline group-open:hidden dark:text-brand-100">Preview</span>
      </summary>
      <div className="mt-2 flex flex-col gap-2 border-l-2 border-slate-200 pl-3 dark:border-slate-700">
        <QuestionTags question={question} hidden={hidden} />
        <QuestionBody question={question} articleTitles={articleTitles} />
      </div>
    </details>
  );
}

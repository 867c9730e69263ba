import type { Metadata } from "next";
import { assertNever } from "@/lib/domain/assert-never";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { getOwnSet } from "@/lib/db/teach-sets";
import { getQuestionsById } from "@/lib/db/questions";
import { articleTitles } from "@/lib/db/article-titles";
import { NotFoundError } from "@/lib/domain/errors";
import { MATCH_ARROW, type Question } from "@/lib/questions/schema";
import { teacherOrRedirect } from "../../../guard";
import { linkClass, mutedText } from "../../../_components/styles";
import { PrintButton } from "./print-button";

export const metadata: Metadata = { title: "Print question set" };

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** What a learner writes on paper for each kind. */
function PaperQuestion({ q }: { q: Question }) {
  const lines = <div className="mt-2 h-8 border-b border-slate-500" aria-hidden="true" />;
  switch (q.kind) {
    case "single-choice":
    case "multi-select":
    case "date":
    case "evidence":
      return (
        <>
          {q.kind === "multi-select" ? <p className="text-sm italic">Tick every right answer.</p> : null}
          <ol className="mt-1 flex flex-col gap-1">
            {q.choices.map((c, i) => (
              <li key={c}>
                <span className="mr-2 inline-block w-5 font-semibold">{LETTERS[i]}</span>☐ {c}
              </li>
            ))}
          </ol>
        </>
      );
    case "true-false":
      return <p className="mt-1">☐ True &nbsp;&nbsp; ☐ False</p>;
    case "cloze":
      return lines;
    case "ordering":
      return (
        <>
          <p className="text-sm italic">Number them 1 (earliest) to {q.choices.length}.</p>
          <ul className="mt-1 flex flex-col gap-1">
            {q.choices.map((c) => (
              <li key={c}>____ {c}</li>
            ))}
          </ul>
        </>
      );
    case "matching":
      return (
        <div className="mt-1 grid grid-cols-1 gap-2 sm:grid-cols-2">
          <ol className="flex flex-col gap-1">
            {q.left.map((l, i) => (
              <li key={l}>
                {i + 1}. {l} → ____
              </li>
            ))}
          </ol>
          <ul className="flex flex-col gap-1">
            {q.right.map((r, i) => (
              <li key={r}>
                {LETTERS[i]}. {r}
              </li>
            ))}
          </ul>
        </div>
      );
  }
}

function answerText(q: Question): string {
  switch (q.kind) {
    case "single-choice":
    case "multi-select":
    case "date":
    case "evidence":
      return q.answers.map((a) => `${LETTERS[q.choices.indexOf(a)] ?? "?"} (${a})`).join(", ");
    case "ordering":
      return q.answers.join(" → ");
    case "matching":
      return q.answers
        .map((a) => {
          const [left = "", right = ""] = a.split(MATCH_ARROW);
          return `${q.left.indexOf(left) + 1}–${LETTERS[q.right.indexOf(right)] ?? "?"} (${a})`;
        })
        .join("; ");
    case "true-false":
    case "cloze":
      return q.answers.join(" or ");
    default:
      return assertNever(q);
  }
}

export default async function PrintSetPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const teacher = await teacherOrRedirect(`/teach/sets/${id}/print`);
  const set = await getOwnSet(db(), teacher.id, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const [byId, titles] = await Promise.all([getQuestionsById(db(), set.questionIds), articleTitles(db())]);
  const all = set.questionIds.flatMap((qid) => {
    const q = byId.get(qid);
    return q ? [q] : [];
  });
  const questions = all.filter((q) => !q.hidden && !q.retired);

  return (
    <article className="mx-auto max-w-3xl print:max-w-none print:text-[11pt]">
      <div className="no-print mb-6 flex flex-wrap items-center gap-4">
        <PrintButton />
        <Link href={`/teach/sets/${set.id}`} className={linkClass}>
          Back to the set
        </Link>
        {all.length > questions.length ? (
          <p className={mutedText}>{all.length - questions.length} hidden question(s) left out.</p>
        ) : null}
      </div>
      <header className="mb-6 border-b border-slate-300 pb-3">
        <h1 className="text-2xl font-bold">{set.title}</h1>
        <p className="mt-2">Name: ______________________________ &nbsp; Date: ______________</p>
      </header>
      <ol className="flex flex-col gap-6">
        {questions.map((q, i) => (
          <li key={q.id} className="break-inside-avoid">
            <p className="font-semibold">
              {i + 1}. {q.prompt}
            </p>
            {"statement" in q && q.statement ? (
              <blockquote className="mt-1 border-l-4 border-slate-400 pl-3 font-serif">{q.statement}</blockquote>
            ) : null}
            {q.kind === "cloze" ? <p className="mt-1 font-serif">{q.text}</p> : null}
            <PaperQuestion q={q} />
          </li>
        ))}
      </ol>
      <section
        aria-labelledby="key-heading"
        className="mt-12 break-before-page border-t-2 border-slate-400 pt-6 print:mt-0 print:border-t-0"
      >
        <h2 id="key-heading" className="text-xl font-bold">
          Answer key
        </h2>
        <ol className="mt-3 flex flex-col gap-3">
          {questions.map((q, i) => (
            <li key={q.id} className="break-inside-avoid">
              <p>
                <span className="font-semibold">{i + 1}.</span> {answerText(q)}
              </p>
              {q.evidence.map((e) => (
                <p key={`${e.article}#${e.passage}:${e.quote}`} className="ml-5 text-sm">
                  “{e.quote}” — {titles[e.article] ?? e.article}, passage {e.passage.slice(1)}
                </p>
              ))}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}

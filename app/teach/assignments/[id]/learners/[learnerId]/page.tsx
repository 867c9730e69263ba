import type { Metadata } from "next";
import { questionStem } from "@/lib/questions/stem";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { learnerAnswers } from "@/lib/db/teach-assignments";
import { articleTitles } from "@/lib/db/article-titles";
import { NotFoundError } from "@/lib/domain/errors";
import { attemptScore } from "@/lib/domain/attempt";
import { EvidenceList } from "@/app/_components/evidence-list";
import { teacherOrRedirect } from "../../../../guard";
import { cardClass, linkClass, mutedText } from "../../../../_components/styles";
import { formatDateTime, percent } from "../../../../_components/format";
import { Badge } from "@/app/_components/badge";

export const metadata: Metadata = { title: "Learner's answers" };

type Props = { params: Promise<{ id: string; learnerId: string }> };

export default async function LearnerAnswersPage({ params }: Props) {
  const { id, learnerId } = await params;
  const teacher = await teacherOrRedirect(`/teach/assignments/${id}/learners/${learnerId}`);
  const [data, titles] = await Promise.all([
    learnerAnswers(db(), teacher.id, id, learnerId, new Date()).catch((error: unknown) => {
      if (error instanceof NotFoundError) notFound();
      throw error;
    }),
    articleTitles(db()),
  ]);
  const { assignment, learner, attempts, questions } = data;

  return (
    <div className="flex flex-col gap-8">
      <div>
        <p className="text-sm">
          <Link href={`/teach/assignments/${assignment.id}`} className={linkClass}>
            {assignment.setTitle} · {assignment.className}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{learner.name}&apos;s answers</h1>
        <p className={mutedText}>{learner.email}</p>
      </div>
      {attempts.length === 0 ? <p className={mutedText}>No attempts yet.</p> : null}
      {attempts.map((a, n) => {
        const { score, right } = attemptScore(a);
        const responses = new Map(a.responses.map((r) => [r.questionId, r]));
        return (
          <section key={a.id} aria-labelledby={`attempt-${a.id}`} className="flex flex-col gap-3">
            <h2 id={`attempt-${a.id}`} className="text-xl font-semibold">
              Attempt {n + 1}:{" "}
              {a.finishedAt ? `${percent(score)} (${right} of ${a.questionIds.length} right)` : "in progress"}
              {a.late ? (
                <Badge tone="alert" className="ml-2">
                  Late
                </Badge>
              ) : null}
            </h2>
            <p className={mutedText}>
              Started {formatDateTime(a.startedAt)}
              {a.finishedAt ? ` · submitted ${formatDateTime(a.finishedAt)}` : ""}
            </p>
            <ol className="flex flex-col gap-3">
              {a.questionIds.map((qid, i) => {
                const q = questions.get(qid);
                const r = responses.get(qid);
                const mark = !r
                  ? "Not answered"
                  : r.correct
                    ? "Right"
                    : r.score > 0
                      ? `Partly right (${percent(r.score)})`
                      : "Wrong";
                return (
                  <li key={qid} className={`${cardClass} ${r?.correct ? "" : "border-l-4 border-l-rose-600"}`}>
                    <p className="font-semibold">
                      {i + 1}. {q ? questionStem(q) : qid}
                    </p>
                    <p className="mt-1">
                      <span className="font-medium">{mark}.</span> Their answer: {r ? r.answerText : "—"}
                    </p>
                    {q ? (
                      <>
                        <p>
                          <span className="font-medium">Right answer:</span> {q.answers.join("; ")}
                        </p>
                        <EvidenceList evidence={q.evidence} articleTitles={titles} />
                      </>
                    ) : null}
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </div>
  );
}

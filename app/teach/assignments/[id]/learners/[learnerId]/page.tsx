import type { Metadata } from "next";
import { questionStem } from "@/lib/questions/stem";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { learnerAnswers } from "@/lib/db/teach-assignments";
import { articleTitles } from "@/lib/db/article-titles";
import { NotFoundError } from "@/lib/domain/errors";
import { attemptScore } from "@/lib/domain/attempt";
import { EvidenceList } from "@/app/_components/evidence-list";
import { teacherOrRedirect } from "../../../../guard";
import { cardClass, mutedText } from "../../../../_components/styles";
import { PageHeading } from "../../../../_components/page-heading";
import { Section } from "@/app/_components/section";
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
      <PageHeading
        title={`${learner.name}'s answers`}
        up={{ href: `/teach/assignments/${assignment.id}`, label: `${assignment.setTitle} · ${assignment.className}` }}
      >
        <p className={mutedText}>{learner.email}</p>
      </PageHeading>
      {attempts.length === 0 ? <p className={mutedText}>No attempts yet.</p> : null}
      {attempts.map((a, n) => {
        const { score, right } = attemptScore(a);
        const responses = new Map(a.responses.map((r) => [r.questionId, r]));
        return (
          <Section
            key={a.id}
            id={`attempt-${a.id}`}
            className="flex flex-col gap-3"
            title={
              <>
                Attempt {n + 1}:{" "}
                {a.finishedAt ? `${percent(score)} (${right} of ${a.questionIds.length} right)` : "in progress"}
                {a.late ? (
                  <Badge tone="alert" className="ml-2">
                    Late
                  </Badge>
                ) : null}
              </>
            }
          >
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
          </Section>
        );
      })}
    </div>
  );
}

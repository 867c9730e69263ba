import type { Metadata } from "next";
import { questionStem } from "@/lib/questions/stem";
import { db } from "@/lib/db/client";
import { hiddenQuestions, openReports } from "@/lib/db/teach-reports";
import { curatorOf } from "@/lib/db/reader-scope";
import { articleTitles } from "@/lib/db/article-titles";
import { hideQuestionAction } from "@/lib/actions/teach/hide-question";
import { resolveReportAction } from "@/lib/actions/teach/resolve-report";
import { unhideQuestionAction } from "@/lib/actions/teach/unhide-question";
import { teacherOrRedirect } from "../guard";
import { ActionButton } from "../_components/action-button";
import { QuestionBody, QuestionTags } from "../_components/question-preview";
import { cardClass, mutedText } from "../_components/styles";
import { buttonDanger } from "@/app/_components/action-styles";
import { formatDateTime } from "../_components/format";
import { PageHeading } from "../_components/page-heading";
import { Badge } from "@/app/_components/badge";

export const metadata: Metadata = { title: "Reported questions" };

export default async function ReportsPage() {
  const teacher = await teacherOrRedirect("/teach/reports");
  const curator = curatorOf(teacher);
  const [reports, hidden, titles] = await Promise.all([
    openReports(db(), curator),
    hiddenQuestions(db(), curator),
    articleTitles(db()),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <PageHeading title="Reported questions">
        <p className={mutedText}>
          {curator.maintainer
            ? "Every learner's report, those on questions in your sets first. Hiding a library question takes it out of everyone's future quizzes; answers already given keep it."
            : "Reports on questions in your sets and your own questions. Hiding a question takes it out of your sets, assignments and your learners' quizzes; other teachers are not affected, answers already given keep it, and you can unhide it below."}
        </p>
      </PageHeading>
      {reports.length ? (
        <ul className="flex flex-col gap-4">
          {reports.map((r) => (
            <li key={r.id} className={`${cardClass} flex flex-col gap-3`}>
              <div>
                <p className="text-sm">
                  {r.reporterName} · <time dateTime={r.createdAt.toISOString()}>{formatDateTime(r.createdAt)}</time>
                  {r.inYourSets ? (
                    <Badge tone="brand" className="ml-2">
                      in your sets
                    </Badge>
                  ) : null}
                </p>
                <blockquote className="mt-1 border-l-4 border-amber-500 pl-3">“{r.message}”</blockquote>
              </div>
              <div className="flex flex-col gap-2">
                <h2 className="font-semibold">{questionStem(r.question)}</h2>
                <QuestionTags question={r.question} hidden={r.question.hidden} />
                <QuestionBody question={r.question} articleTitles={titles} />
              </div>
              <div className="flex flex-wrap gap-3">
                {r.question.hidden || r.hiddenByYou ? (
                  <span className="text-sm font-medium">Already hidden from quizzes.</span>
                ) : (
                  <ActionButton
                    action={hideQuestionAction}
                    fields={{ questionId: r.question.id, reportId: r.id }}
                    label="Hide question and resolve"
                    pendingLabel="Hiding…"
                    className={buttonDanger}
                  />
                )}
                <ActionButton
                  action={resolveReportAction}
                  fields={{ reportId: r.id }}
                  label="Mark resolved"
                  pendingLabel="Resolving…"
                />
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className={mutedText}>No open reports.</p>
      )}
      <section aria-labelledby="hidden-heading" className="flex flex-col gap-3">
        <h2 id="hidden-heading" className="text-xl font-bold">
          Hidden questions
        </h2>
        {hidden.length ? (
          <ul className="flex flex-col gap-3">
            {hidden.map(({ question, forEveryone }) => (
              <li key={question.id} className={`${cardClass} flex flex-col gap-2`}>
                <p className="font-semibold">{question.prompt}</p>
                <p className={mutedText}>
                  {forEveryone ? "Hidden from everyone's quizzes." : "Hidden from your sets and learners."}
                </p>
                <div>
                  <ActionButton
                    action={unhideQuestionAction}
                    fields={{ questionId: question.id }}
                    label="Unhide"
                    accessibleName={`Unhide “${question.prompt}”`}
                    pendingLabel="Unhiding…"
                  />
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <p className={mutedText}>You have not hidden any questions.</p>
        )}
      </section>
    </div>
  );
}

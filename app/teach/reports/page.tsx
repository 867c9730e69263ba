import type { Metadata } from "next";
import { questionStem } from "@/lib/questions/stem";
import { db } from "@/lib/db/client";
import { openReports } from "@/lib/db/teach-reports";
import { articleTitles } from "@/lib/db/article-titles";
import { hideQuestionAction } from "@/lib/actions/teach/hide-question";
import { resolveReportAction } from "@/lib/actions/teach/resolve-report";
import { teacherOrRedirect } from "../guard";
import { ActionButton } from "../_components/action-button";
import { QuestionBody, QuestionTags } from "../_components/question-preview";
import { buttonDanger, cardClass, mutedText } from "../_components/styles";
import { formatDateTime } from "../_components/format";
import { Badge } from "@/app/_components/badge";

export const metadata: Metadata = { title: "Reported questions" };

export default async function ReportsPage() {
  const teacher = await teacherOrRedirect("/teach/reports");
  const [reports, titles] = await Promise.all([openReports(db(), teacher.id), articleTitles(db())]);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">Reported questions</h1>
        <p className={mutedText}>
          Learners&apos; reports of problems with questions. The question bank is shared by every teacher, so you see every open report, those on questions in your sets
          first. Hiding a question takes it out of everyone&apos;s future quizzes; answers already given keep it.
        </p>
      </div>
      {reports.length ? (
        <ul className="flex flex-col gap-4">
          {reports.map((r) => (
            <li key={r.id} className={`${cardClass} flex flex-col gap-3`}>
              <div>
                <p className="text-sm">
                  {r.reporterName} · <time dateTime={r.createdAt.toISOString()}>{formatDateTime(r.createdAt)}</time>
                  {r.inYourSets ? <Badge tone="brand" className="ml-2">in your sets</Badge> : null}
                </p>
                <blockquote className="mt-1 border-l-4 border-amber-500 pl-3">“{r.message}”</blockquote>
              </div>
              <div className="flex flex-col gap-2">
                <h2 className="font-semibold">{questionStem(r.question)}</h2>
                <QuestionTags question={r.question} hidden={r.question.hidden} />
                <QuestionBody question={r.question} articleTitles={titles} />
              </div>
              <div className="flex flex-wrap gap-3">
                {r.question.hidden ? (
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
                <ActionButton action={resolveReportAction} fields={{ reportId: r.id }} label="Mark resolved" pendingLabel="Resolving…" />
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className={mutedText}>No open reports.</p>
      )}
    </div>
  );
}

import type { Metadata } from "next";
import { questionStem } from "@/lib/questions/stem";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { assignmentResults } from "@/lib/db/teach-assignments";
import { NotFoundError } from "@/lib/domain/errors";
import { describeItem, likelyMisconception, type ItemStats } from "@/lib/teach";
import { teacherOrRedirect } from "../../guard";
import { cardClass, linkClass, mutedText } from "../../_components/styles";
import { formatDateTime, percent } from "../../_components/format";
import { HeatLegend, PassageHeatmap } from "./heatmap";
import { Badge } from "@/app/_components/badge";

export const metadata: Metadata = { title: "Assignment results" };

const STATUS_LABEL = { "not-started": "Not started", "in-progress": "In progress", submitted: "Submitted" } as const;

export default async function AssignmentResultsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const teacher = await teacherOrRedirect(`/teach/assignments/${id}`);
  const now = new Date();
  const { assignment, questions, report, articles } = await assignmentResults(db(), teacher.id, id, now).catch(
    (error: unknown) => {
      if (error instanceof NotFoundError) notFound();
      throw error;
    },
  );
  const number = new Map(questions.map((q, i) => [q.id, i + 1]));
  const prompt = new Map(questions.map((q) => [q.id, questionStem(q)]));
  const maxBand = Math.max(1, ...report.distribution.map((b) => b.count));
  const heatArticles = articles.filter((a) => a.passages.some((p) => report.heat.has(`${a.slug}#${p.id}`)));
  const o = assignment.options;

  return (
    <div className="flex flex-col gap-10">
      <div>
        <p className="text-sm">
          <Link href="/teach/assignments" className={linkClass}>
            Assignments
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{assignment.setTitle}</h1>
        <p>
          <Link href={`/teach/classes/${assignment.classId}`} className={linkClass}>
            {assignment.className}
          </Link>{" "}
          · opens {formatDateTime(assignment.opensAt)} · due {formatDateTime(assignment.dueAt)}
        </p>
        <p className={mutedText}>
          {o.shuffle ? "Shuffled" : "In set order"} · feedback{" "}
          {o.feedback === "immediate" ? "right away" : "after the due date"} · {o.attemptsAllowed}{" "}
          {o.attemptsAllowed === 1 ? "attempt" : "attempts"} (best counts)
          {o.timeLimitMinutes ? ` · ${o.timeLimitMinutes} min limit` : ""}
        </p>
        <p className="mt-2 flex flex-wrap gap-4 text-sm">
          <a href={`/teach/assignments/${assignment.id}/export.csv`} className={linkClass} download>
            Export results (CSV)
          </a>
          <Link href={`/teach/sets/${assignment.setId}`} className={linkClass}>
            Open the question set
          </Link>
        </p>
      </div>

      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading" className="text-xl font-semibold">
          Completion
        </h2>
        <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
          <div className={cardClass}>
            <dt className={mutedText}>Submitted</dt>
            <dd className="text-2xl font-bold tabular-nums">
              {report.submitted} of {report.enrolled}
            </dd>
            <dd className="text-sm">{percent(report.enrolled ? report.submitted / report.enrolled : null)} complete</dd>
          </div>
          <div className={cardClass}>
            <dt className={mutedText}>In progress</dt>
            <dd className="text-2xl font-bold tabular-nums">{report.inProgress}</dd>
          </div>
          <div className={cardClass}>
            <dt className={mutedText}>Not started</dt>
            <dd className="text-2xl font-bold tabular-nums">
              {report.learners.filter((l) => l.status === "not-started").length}
            </dd>
          </div>
          <div className={cardClass}>
            <dt className={mutedText}>Class average</dt>
            <dd className="text-2xl font-bold tabular-nums">{percent(report.meanScore)}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="distribution-heading">
        <h2 id="distribution-heading" className="text-xl font-semibold">
          Score distribution
        </h2>
        <table className="mt-3 w-full max-w-xl text-sm">
          <caption className="sr-only">Number of learners in each score band</caption>
          <thead>
            <tr className="text-left">
              <th scope="col" className="w-24 py-1">
                Score
              </th>
              <th scope="col" className="py-1">
                Learners
              </th>
            </tr>
          </thead>
          <tbody>
            {report.distribution.map((b) => (
              <tr key={b.label}>
                <th scope="row" className="py-0.5 text-left font-normal tabular-nums">
                  {b.label}
                </th>
                <td className="py-0.5">
                  <span className="flex items-center gap-2">
                    <span
                      aria-hidden="true"
                      className="inline-block h-3 rounded bg-brand-700 dark:bg-brand-100"
                      style={{ width: `${(b.count / maxBand) * 70}%` }}
                    />
                    <span className="tabular-nums">{b.count}</span>
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="learners-heading">
        <h2 id="learners-heading" className="text-xl font-semibold">
          Learners
        </h2>
        <div className="mt-3 overflow-x-auto">
          <table className="w-full min-w-[32rem] text-sm">
            <thead>
              <tr className="border-b border-slate-300 text-left dark:border-slate-700">
                <th scope="col" className="py-2 pr-3">
                  Learner
                </th>
                <th scope="col" className="py-2 pr-3">
                  Status
                </th>
                <th scope="col" className="py-2 pr-3">
                  Score
                </th>
                <th scope="col" className="py-2 pr-3">
                  Submitted
                </th>
                <th scope="col" className="py-2 pr-3">
                  Attempts
                </th>
                <th scope="col" className="py-2">
                  Answers
                </th>
              </tr>
            </thead>
            {/* Cell styles are set once here, not on each of a class's hundreds of cells: the page's HTML and payload shrink by a third. */}
            <tbody className="[&_td]:py-2 [&_td]:pr-3 [&_th]:py-2 [&_th]:pr-3 [&_th]:text-left [&_th]:font-medium [&>tr]:border-b [&>tr]:border-slate-200 dark:[&>tr]:border-slate-800">
              {report.learners.map((row) => (
                <tr key={row.learner.id}>
                  <th scope="row">{row.learner.name}</th>
                  <td>
                    {STATUS_LABEL[row.status]}
                    {row.late ? (
                      <Badge tone="alert" className="ml-2">
                        Late
                      </Badge>
                    ) : null}
                    {row.overTime ? (
                      <Badge tone="caution" className="ml-2">
                        Over time
                      </Badge>
                    ) : null}
                  </td>
                  <td className="tabular-nums">
                    {row.score === null ? "—" : `${percent(row.score)} (${row.right} right)`}
                  </td>
                  <td>{row.submittedAt ? formatDateTime(row.submittedAt) : "—"}</td>
                  <td className="tabular-nums">
                    {row.attemptsUsed} of {o.attemptsAllowed}
                  </td>
                  <td>
                    {row.attemptsUsed ? (
                      // No prefetch: a class is hundreds of these links, and a teacher opens one or two.
                      <Link
                        prefetch={false}
                        href={`/teach/assignments/${assignment.id}/learners/${row.learner.id}`}
                        className={linkClass}
                        aria-label={`${row.learner.name}'s answers`}
                      >
                        View
                      </Link>
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="items-heading">
        <h2 id="items-heading" className="text-xl font-semibold">
          Item analysis
        </h2>
        <p className={mutedText}>
          Facility: the share of learners who got it right. Discrimination: right answers in the top 27% of learners by
          total score minus those in the bottom 27%, over the group size (Kelley&apos;s upper–lower index, −1 to 1).
          Submitted attempts only; an unanswered question counts as missed.
        </p>
        <div className="mt-3 overflow-x-auto">
          <table className="w-full min-w-[40rem] text-sm">
            <thead>
              <tr className="border-b border-slate-300 text-left dark:border-slate-700">
                <th scope="col" className="py-2 pr-3">
                  #
                </th>
                <th scope="col" className="py-2 pr-3">
                  Question
                </th>
                <th scope="col" className="py-2 pr-3">
                  Right
                </th>
                <th scope="col" className="py-2 pr-3">
                  Facility
                </th>
                <th scope="col" className="py-2 pr-3">
                  Discrimination
                </th>
                <th scope="col" className="py-2">
                  Most common wrong answer
                </th>
              </tr>
            </thead>
            <tbody>
              {report.items.map((item) => (
                <tr key={item.questionId} className="border-b border-slate-200 align-top dark:border-slate-800">
                  <td className="py-2 pr-3 tabular-nums">{number.get(item.questionId) ?? "—"}</td>
                  <th scope="row" className="max-w-xs py-2 pr-3 text-left font-normal">
                    {prompt.get(item.questionId) ?? item.questionId}
                  </th>
                  <td className="py-2 pr-3 tabular-nums">
                    {item.right} of {item.takers}
                  </td>
                  <td className="py-2 pr-3 tabular-nums">{percent(item.facility)}</td>
                  <td className="py-2 pr-3">
                    {item.discrimination === null ? (
                      "—"
                    ) : (
                      <span className="tabular-nums">{item.discrimination.toFixed(2)}</span>
                    )}
                    <span className="block text-xs text-slate-600 dark:text-slate-300">{describeItem(item)}</span>
                  </td>
                  <td className="py-2">
                    {item.commonWrong ? `${item.commonWrong.answer} (${item.commonWrong.count}×)` : "—"}
                    <MisconceptionNote item={item} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="heat-heading" className="flex flex-col gap-4">
        <h2 id="heat-heading" className="text-xl font-semibold">
          Which passages the class misread
        </h2>
        <p className={mutedText}>
          Each passage a question&apos;s evidence comes from, shaded by how often the class missed those questions
          (submitted attempts).
        </p>
        <HeatLegend />
        {report.submitted === 0 ? <p className={mutedText}>No submissions yet, so nothing is shaded.</p> : null}
        {heatArticles.map((a) => (
          <PassageHeatmap key={a.slug} article={a} heat={report.heat} />
        ))}
      </section>
    </div>
  );
}

/** Flags a wrong answer the class converged on: worth reteaching, not just a guess. */
function MisconceptionNote({ item }: { item: ItemStats }) {
  const m = likelyMisconception(item);
  if (m === null) return null;
  return (
    <span className="mt-1 block text-xs font-medium text-amber-900 dark:text-amber-200">
      Likely misconception: {m.count} of the {m.wrong} who missed it chose this answer
    </span>
  );
}

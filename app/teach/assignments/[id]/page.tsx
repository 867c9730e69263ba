import type { Metadata } from "next";
import { questionStem } from "@/lib/questions/stem";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { assignmentResults } from "@/lib/db/teach-assignments";
import { NotFoundError } from "@/lib/domain/errors";
import { describeItem, likelyMisconception, type ItemStats } from "@/lib/teach";
import { teacherOrRedirect } from "../../guard";
import { linkClass, mutedText } from "../../_components/styles";
import { formatDateTime, percent } from "../../_components/format";
import { HeatLegend, PassageHeatmap } from "./heatmap";
import { PageHeading } from "../../_components/page-heading";
import { Badge } from "@/app/_components/badge";
import { Section } from "@/app/_components/section";
import { StatCard, StatList } from "@/app/_components/stat-card";
import { DataTable } from "@/app/_components/data-table";

export const metadata: Metadata = { title: "Assignment results" };

const LEARNER_COLUMNS = ["Learner", "Status", "Score", "Submitted", "Attempts", "Answers"].map((label) => ({ label }));
const ITEM_COLUMNS = ["#", "Question", "Right", "Facility", "Discrimination", "Most common wrong answer"].map(
  (label) => ({ label }),
);

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
      <PageHeading title={assignment.setTitle} up={{ href: "/teach/assignments", label: "Assignments" }}>
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
      </PageHeading>

      <Section id="summary-heading" title="Completion">
        <StatList className="mt-3">
          <StatCard label="Submitted" value={`${report.submitted} of ${report.enrolled}`}>
            {percent(report.enrolled ? report.submitted / report.enrolled : null)} complete
          </StatCard>
          <StatCard label="In progress" value={report.inProgress} />
          <StatCard label="Not started" value={report.learners.filter((l) => l.status === "not-started").length} />
          <StatCard label="Class average" value={percent(report.meanScore)} />
        </StatList>
      </Section>

      <Section id="distribution-heading" title="Score distribution">
        <DataTable
          caption="Number of learners in each score band"
          columns={[{ label: "Score", className: "w-24" }, { label: "Learners" }]}
          density="compact"
          rowHeaders="text"
          tableClassName="max-w-xl"
        >
          {report.distribution.map((b) => (
            <tr key={b.label}>
              <th scope="row" className="tabular-nums">
                {b.label}
              </th>
              <td>
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
        </DataTable>
      </Section>

      <Section id="learners-heading" title="Learners">
        <DataTable
          caption="Each learner's status, score and attempts"
          columns={LEARNER_COLUMNS}
          tableClassName="min-w-[32rem]"
        >
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
        </DataTable>
      </Section>

      <Section id="items-heading" title="Item analysis">
        <p className={mutedText}>
          Facility: the share of learners who got it right. Discrimination: right answers in the top 27% of learners by
          total score minus those in the bottom 27%, over the group size (Kelley&apos;s upper–lower index, −1 to 1).
          Submitted attempts only; an unanswered question counts as missed.
        </p>
        <DataTable
          caption="Each question's facility, discrimination and most common wrong answer"
          columns={ITEM_COLUMNS}
          rowHeaders="text"
          tableClassName="min-w-[40rem]"
        >
          {report.items.map((item) => (
            <tr key={item.questionId}>
              <td className="tabular-nums">{number.get(item.questionId) ?? "—"}</td>
              <th scope="row" className="max-w-xs">
                {prompt.get(item.questionId) ?? item.questionId}
              </th>
              <td className="tabular-nums">
                {item.right} of {item.takers}
              </td>
              <td className="tabular-nums">{percent(item.facility)}</td>
              <td>
                {item.discrimination === null ? (
                  "—"
                ) : (
                  <span className="tabular-nums">{item.discrimination.toFixed(2)}</span>
                )}
                <span className="block text-xs text-slate-600 dark:text-slate-300">{describeItem(item)}</span>
              </td>
              <td>
                {item.commonWrong ? `${item.commonWrong.answer} (${item.commonWrong.count}×)` : "—"}
                <MisconceptionNote item={item} />
              </td>
            </tr>
          ))}
        </DataTable>
      </Section>

      <Section id="heat-heading" title="Which passages the class misread" className="flex flex-col gap-4">
        <p className={mutedText}>
          Each passage a question&apos;s evidence comes from, shaded by how often the class missed those questions
          (submitted attempts).
        </p>
        <HeatLegend />
        {report.submitted === 0 ? <p className={mutedText}>No submissions yet, so nothing is shaded.</p> : null}
        {heatArticles.map((a) => (
          <PassageHeatmap key={a.slug} article={a} heat={report.heat} />
        ))}
      </Section>
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

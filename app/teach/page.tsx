import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db/client";
import { teacherClasses } from "@/lib/db/teach-classes";
import { teacherAssignments } from "@/lib/db/teach-assignments";
import { countOpenReports } from "@/lib/db/teach-reports";
import { curatorOf } from "@/lib/db/reader-scope";
import { articlesAwaitingReview, recentSubmissions } from "@/lib/db/teach-dashboard";
import { teacherOrRedirect } from "./guard";
import { linkClass, mutedText } from "./_components/styles";
import { PageHeading } from "./_components/page-heading";
import { LinkCard, LinkCardGrid } from "./_components/link-cards";
import { formatDateTime, percent } from "./_components/format";
import { Badge } from "@/app/_components/badge";
import { ButtonLink } from "@/app/_components/button";
import { Section } from "@/app/_components/section";
import { StatCard, StatList } from "@/app/_components/stat-card";

export const metadata: Metadata = { title: "Overview" };

export default async function TeachHomePage() {
  const teacher = await teacherOrRedirect("/teach");
  const now = new Date();
  const [classes, assignments, submissions, reports, pending] = await Promise.all([
    teacherClasses(db(), teacher.id),
    teacherAssignments(db(), teacher.id),
    recentSubmissions(db(), teacher.id),
    countOpenReports(db(), curatorOf(teacher)),
    articlesAwaitingReview(db(), teacher.id),
  ]);
  const current = assignments.filter((a) => a.dueAt.getTime() > now.getTime() - 7 * 86_400_000).slice(0, 6);

  return (
    <div className="flex flex-col gap-8">
      <PageHeading title="Teaching">
        <p className={mutedText}>Your classes, what you have set them, and what needs a look.</p>
        <div className="mt-3 flex flex-wrap gap-2">
          <ButtonLink href="/teach/sets/new" size="compact">
            New question set
          </ButtonLink>
          <ButtonLink href="/teach/classes/new" variant="secondary" size="compact">
            New class
          </ButtonLink>
          <ButtonLink href="/teach/articles/new" variant="secondary" size="compact">
            Add an article
          </ButtonLink>
        </div>
      </PageHeading>

      <Section id="attention-heading" title="Needs your attention">
        <StatList columns={3} className="mt-3">
          <StatCard label="Reported questions" value={reports.total}>
            <span className={mutedText}>{reports.inYourSets} in your sets</span>
            <Link href="/teach/reports" className={`self-start ${linkClass}`}>
              Review reports
            </Link>
          </StatCard>
          <StatCard label="Facts to review" value={pending.reduce((n, a) => n + a.proposed, 0)}>
            {pending.length ? (
              <ul>
                {pending.slice(0, 3).map((a) => (
                  <li key={a.slug}>
                    <Link href={`/teach/articles/${a.slug}`} className={linkClass}>
                      {a.title}
                    </Link>{" "}
                    ({a.proposed})
                  </li>
                ))}
              </ul>
            ) : (
              <span className={mutedText}>None waiting</span>
            )}
          </StatCard>
          <StatCard label="New submissions" value={submissions.length}>
            <span className={mutedText}>latest shown below</span>
          </StatCard>
        </StatList>
      </Section>

      <Section id="submissions-heading" title="Recent submissions">
        {submissions.length ? (
          <ul className="mt-3 flex flex-col gap-2">
            {submissions.map((s) => (
              <li
                key={s.attemptId}
                className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-200 pb-2 dark:border-slate-800"
              >
                <span>
                  <span className="font-medium">{s.learnerName}</span> submitted{" "}
                  <Link href={`/teach/assignments/${s.assignmentId}`} className={linkClass}>
                    {s.setTitle}
                  </Link>{" "}
                  ({s.className})
                  {s.late ? (
                    <Badge tone="alert" className="ml-2">
                      Late
                    </Badge>
                  ) : null}
                </span>
                <span className="text-sm tabular-nums">
                  {percent(s.score)} · <time dateTime={s.finishedAt.toISOString()}>{formatDateTime(s.finishedAt)}</time>
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className={`mt-2 ${mutedText}`}>No submissions yet.</p>
        )}
      </Section>

      <Section id="assignments-heading" title="Current assignments">
        {current.length ? (
          <ul className="mt-3 flex flex-col gap-2">
            {current.map((a) => (
              <li key={a.id} className="flex flex-wrap items-baseline justify-between gap-2">
                <Link href={`/teach/assignments/${a.id}`} className={linkClass}>
                  {a.setTitle} · {a.className}
                </Link>
                <span className="text-sm">
                  {a.submitted} of {a.enrolled} submitted · due {formatDateTime(a.dueAt)}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className={`mt-2 ${mutedText}`}>Nothing due this week. Assign a question set from its page.</p>
        )}
      </Section>

      <Section id="classes-heading" title="Your classes">
        {classes.length ? (
          <LinkCardGrid className="mt-3">
            {classes.map((c) => (
              <LinkCard key={c.id} href={`/teach/classes/${c.id}`} title={c.name}>
                <p className={mutedText}>
                  {c.learnerCount} {c.learnerCount === 1 ? "learner" : "learners"} · join code{" "}
                  <span className="font-mono font-semibold">{c.joinCode}</span>
                </p>
              </LinkCard>
            ))}
          </LinkCardGrid>
        ) : (
          <p className={`mt-2 ${mutedText}`}>
            No classes yet.{" "}
            <Link href="/teach/classes/new" className={linkClass}>
              Create one
            </Link>
            .
          </p>
        )}
      </Section>
    </div>
  );
}

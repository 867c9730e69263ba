import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db/client";
import { teacherClasses } from "@/lib/db/teach-classes";
import { teacherAssignments } from "@/lib/db/teach-assignments";
import { countOpenReports } from "@/lib/db/teach-reports";
import { curatorOf } from "@/lib/db/reader-scope";
import { articlesAwaitingReview, recentSubmissions } from "@/lib/db/teach-dashboard";
import { teacherOrRedirect } from "./guard";
import { buttonPrimary, buttonSecondary, cardClass, linkClass, mutedText } from "./_components/styles";
import { formatDateTime, percent } from "./_components/format";
import { Badge } from "@/app/_components/badge";

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
      <div>
        <h1 className="text-2xl font-bold">Teaching</h1>
        <p className={mutedText}>Your classes, what you have set them, and what needs a look.</p>
        <div className="mt-3 flex flex-wrap gap-2">
          <Link href="/teach/sets/new" className={buttonPrimary}>
            New question set
          </Link>
          <Link href="/teach/classes/new" className={buttonSecondary}>
            New class
          </Link>
          <Link href="/teach/articles/new" className={buttonSecondary}>
            Add an article
          </Link>
        </div>
      </div>

      <section aria-labelledby="attention-heading">
        <h2 id="attention-heading" className="text-xl font-semibold">
          Needs your attention
        </h2>
        <ul className="mt-3 grid gap-3 sm:grid-cols-3">
          <li className={cardClass}>
            <h3 className="font-semibold">Reported questions</h3>
            <p className="mt-1 text-2xl font-bold tabular-nums">{reports.total}</p>
            <p className={mutedText}>{reports.inYourSets} in your sets</p>
            <Link href="/teach/reports" className={linkClass}>
              Review reports
            </Link>
          </li>
          <li className={cardClass}>
            <h3 className="font-semibold">Facts to review</h3>
            <p className="mt-1 text-2xl font-bold tabular-nums">{pending.reduce((n, a) => n + a.proposed, 0)}</p>
            {pending.length ? (
              <ul className="text-sm">
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
              <p className={mutedText}>None waiting</p>
            )}
          </li>
          <li className={cardClass}>
            <h3 className="font-semibold">New submissions</h3>
            <p className="mt-1 text-2xl font-bold tabular-nums">{submissions.length}</p>
            <p className={mutedText}>latest shown below</p>
          </li>
        </ul>
      </section>

      <section aria-labelledby="submissions-heading">
        <h2 id="submissions-heading" className="text-xl font-semibold">
          Recent submissions
        </h2>
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
      </section>

      <section aria-labelledby="assignments-heading">
        <h2 id="assignments-heading" className="text-xl font-semibold">
          Current assignments
        </h2>
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
      </section>

      <section aria-labelledby="classes-heading">
        <h2 id="classes-heading" className="text-xl font-semibold">
          Your classes
        </h2>
        {classes.length ? (
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {classes.map((c) => (
              <li key={c.id} className={cardClass}>
                <Link href={`/teach/classes/${c.id}`} className={`text-lg ${linkClass}`}>
                  {c.name}
                </Link>
                <p className={mutedText}>
                  {c.learnerCount} {c.learnerCount === 1 ? "learner" : "learners"} · join code{" "}
                  <span className="font-mono font-semibold">{c.joinCode}</span>
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className={`mt-2 ${mutedText}`}>
            No classes yet.{" "}
            <Link href="/teach/classes/new" className={linkClass}>
              Create one
            </Link>
            .
          </p>
        )}
      </section>
    </div>
  );
}

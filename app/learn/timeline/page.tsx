import { Fragment } from "react";
import type { Metadata } from "next";
import { db } from "@/lib/db/client";
import { loadFactBase, questionCountsByFact } from "@/lib/db/facts";
import { buildTimeline, joinNames, type PeriodLabel, type TimelineEntry } from "@/lib/aids";
import { Badge, ProposedBadge } from "@/app/_components/badge";
import { BackToLearn } from "../_components/back-link";
import { QuizMe } from "../_components/quiz-me";
import { SourceQuotes } from "../_components/source-quotes";

export const metadata: Metadata = { title: "Timeline" };

/** What a coarse date means, said once beside it so no one reads it as a day. */
function precisionNote(date: PeriodLabel): string | null {
  if (date.precision === "month") return "the articles give the month only";
  if (date.precision === "year") return "the articles give the year only";
  return null;
}

function Entry({ entry, questionCount }: { entry: TimelineEntry; questionCount: number }) {
  const titleId = `${entry.factId}-title`;
  const details = [
    { term: "Where", value: entry.place },
    { term: entry.kind === "meeting" ? "Who met" : "Who", value: entry.people.length ? joinNames(entry.people) : null },
    { term: "How long", value: entry.duration },
    { term: "Outcome", value: entry.outcome },
  ].filter((d): d is { term: string; value: string } => d.value !== null);
  return (
    <article
      id={entry.factId}
      aria-labelledby={titleId}
      className="scroll-mt-20 rounded-lg border border-slate-200 p-4 target:ring-2 target:ring-amber-500 dark:border-slate-800"
    >
      <div className="flex flex-wrap items-center gap-2">
        <Badge>{entry.kind === "meeting" ? "Meeting" : "Event"}</Badge>
        {entry.planned ? <Badge tone="planned">Planned</Badge> : null}
        {entry.proposed ? <ProposedBadge /> : null}
      </div>
      <h3 id={titleId} className="mt-2 text-lg font-semibold leading-snug break-words">
        {entry.title}
        {entry.planned ? <span className="sr-only"> (planned)</span> : null}
      </h3>
      {entry.planned ? (
        <p className="mt-1 text-sm text-amber-900 dark:text-amber-200">
          Reported in advance: the article says it was to take place.
        </p>
      ) : null}
      <p className="mt-2 break-words">{entry.statement}</p>
      {details.length ? (
        <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
          {details.map((d) => (
            <Fragment key={d.term}>
              <dt className="font-semibold text-slate-700 dark:text-slate-300">{d.term}</dt>
              <dd className="break-words">{d.value}</dd>
            </Fragment>
          ))}
        </dl>
      ) : null}
      <SourceQuotes evidence={entry.evidence} />
      <div className="mt-4">
        <QuizMe factId={entry.factId} about={entry.title} questionCount={questionCount} />
      </div>
    </article>
  );
}

export default async function TimelinePage() {
  const [base, counts] = await Promise.all([
    loadFactBase(db(), { kinds: ["meeting", "event"] }),
    questionCountsByFact(db()),
  ]);
  const { dates, undated } = buildTimeline(base.facts, base.entities);
  const anyProposed = [...dates.flatMap((d) => d.entries), ...undated].some((e) => e.proposed);
  return (
    <div className="mx-auto max-w-3xl">
      <BackToLearn />
      <h1 className="mt-2 text-2xl font-bold">Timeline</h1>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        The meetings and events the articles report, in order. Each date is only as exact as the articles are: where
        they give just a month or a year, so does the timeline, and a wider span comes before the days inside it.
      </p>
      {anyProposed ? (
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          Entries marked <ProposedBadge /> were found in a new article and have not been reviewed by a teacher yet.
        </p>
      ) : null}
      {dates.length === 0 && undated.length === 0 ? (
        <p className="mt-6">No meetings or events in the fact base yet.</p>
      ) : null}
      {dates.length ? (
        <ol className="mt-8 ml-2 border-l-2 border-slate-300 dark:border-slate-700">
          {dates.map(({ date, entries }) => {
            const note = precisionNote(date);
            return (
              <li key={`${date.precision}:${date.datetime}`} className="relative pb-8 pl-5 last:pb-0 sm:pl-7">
                <span
                  aria-hidden="true"
                  className="absolute top-1.5 -left-[9px] h-4 w-4 rounded-full border-2 border-brand-700 bg-white dark:border-brand-100 dark:bg-slate-950"
                />
                <h2 className="text-xl font-bold">
                  <time dateTime={date.datetime}>{date.label}</time>
                  {note ? (
                    <span className="ml-2 text-sm font-normal text-slate-600 dark:text-slate-300">({note})</span>
                  ) : null}
                </h2>
                <ul className="mt-3 flex flex-col gap-4">
                  {entries.map((entry) => (
                    <li key={entry.factId}>
                      <Entry entry={entry} questionCount={counts.get(entry.factId) ?? 0} />
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      ) : null}
      {undated.length ? (
        <section aria-labelledby="undated" className="mt-10">
          <h2 id="undated" className="text-xl font-bold">
            Not dated in the articles
          </h2>
          <ul className="mt-3 flex flex-col gap-4">
            {undated.map((entry) => (
              <li key={entry.factId}>
                <Entry entry={entry} questionCount={counts.get(entry.factId) ?? 0} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

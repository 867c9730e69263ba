import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { getOwnClass } from "@/lib/db/teach-classes";
import { NotFoundError } from "@/lib/domain/errors";
import { recordIdSchema } from "@/lib/teach";
import { teacherOrRedirect } from "../../guard";
import { cardClass, linkClass, mutedText } from "../../_components/styles";
import { ButtonLink } from "@/app/_components/button";
import { Section } from "@/app/_components/section";
import { formatDateTime } from "../../_components/format";
import { PageHeading } from "../../_components/page-heading";
import { RemoveLearnerForm } from "./remove-learner-form";
import { CopyJoinLink } from "./copy-join-link";
import { JoinQr } from "./join-qr";
import { requestJoinUrl } from "./join-origin";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Class" };

const searchSchema = z.object({
  remove: recordIdSchema.optional().catch(undefined),
  removed: z.string().max(200).optional().catch(undefined),
});

export default async function ClassPage({ params, searchParams }: Props) {
  const { id } = await params;
  const teacher = await teacherOrRedirect(`/teach/classes/${id}`);
  const { remove, removed } = searchSchema.parse(await searchParams);
  const klass = await getOwnClass(db(), teacher.id, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const joinPath = `/join/${klass.joinCode}`;
  const joinUrl = await requestJoinUrl(klass.joinCode);
  const removing = klass.learners.find((l) => l.id === remove);

  return (
    <div className="flex flex-col gap-8">
      <PageHeading title={klass.name} up={{ href: "/teach/classes", label: "Classes" }} />

      <Section
        id="join-heading"
        title="How learners join"
        headingClassName="text-lg font-semibold"
        className={cardClass}
      >
        <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
          <div className="min-w-0">
            <p className="mt-1">
              Join code: <span className="font-mono text-2xl font-bold tracking-widest">{klass.joinCode}</span>
            </p>
            <p className="mt-1 break-all">
              Join link:{" "}
              <a href={joinPath} className={linkClass}>
                {joinUrl}
              </a>
            </p>
            <CopyJoinLink url={joinUrl} />
            <p className={`mt-2 ${mutedText}`}>
              Learners sign in (or sign up) and are added to the class; opening the link twice changes nothing.
            </p>
            <p className="mt-3">
              <ButtonLink href={`/teach/classes/${klass.id}/join-screen`} variant="secondary" size="compact">
                Show on a big screen
              </ButtonLink>
            </p>
          </div>
          <JoinQr url={joinUrl} className="h-40 w-40 shrink-0" />
        </div>
      </Section>

      {removed ? (
        <p
          role="status"
          className="rounded-md bg-emerald-50 p-3 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100"
        >
          {removed} was removed from the class.
        </p>
      ) : null}

      <Section id="roster-heading" title={`Learners (${klass.learners.length})`}>
        {removing ? (
          <div role="region" aria-labelledby="confirm-heading" className="mt-3 rounded-lg border-2 border-rose-700 p-4">
            <h3 id="confirm-heading" className="font-semibold">
              Remove {removing.name} from {klass.name}?
            </h3>
            <p className={mutedText}>
              They will no longer see this class&apos;s assignments. Work they have already done stays in your results.
            </p>
            <div className="mt-3 flex flex-wrap gap-3">
              <RemoveLearnerForm classId={klass.id} learnerId={removing.id} learnerName={removing.name} />
              <ButtonLink href={`/teach/classes/${klass.id}`} variant="secondary" size="compact">
                Cancel
              </ButtonLink>
            </div>
          </div>
        ) : null}
        {klass.learners.length ? (
          <ul className="mt-3 flex flex-col divide-y divide-slate-200 dark:divide-slate-800">
            {klass.learners.map((l) => (
              <li key={l.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span className="min-w-0">
                  <span className="font-medium">{l.name}</span>{" "}
                  <span className={`break-all ${mutedText}`}>{l.email}</span>
                </span>
                <span className="flex items-center gap-3">
                  <span className={mutedText}>joined {formatDateTime(l.joinedAt)}</span>
                  <ButtonLink
                    href={`/teach/classes/${klass.id}?remove=${l.id}#roster-heading`}
                    variant="secondary"
                    size="compact"
                    aria-label={`Remove ${l.name}…`}
                  >
                    Remove…
                  </ButtonLink>
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className={`mt-2 ${mutedText}`}>No learners yet. Share the join code or link.</p>
        )}
      </Section>

      <Section id="class-assignments-heading" title="Assignments">
        {klass.assignments.length ? (
          <ul className="mt-3 flex flex-col gap-2">
            {klass.assignments.map((a) => (
              <li key={a.id} className="flex flex-wrap justify-between gap-2">
                <Link href={`/teach/assignments/${a.id}`} className={linkClass}>
                  {a.setTitle}
                </Link>
                <span className={mutedText}>due {formatDateTime(a.dueAt)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className={`mt-2 ${mutedText}`}>
            Nothing assigned yet. Open a{" "}
            <Link href="/teach/sets" className={linkClass}>
              question set
            </Link>{" "}
            to assign it to this class.
          </p>
        )}
      </Section>
    </div>
  );
}

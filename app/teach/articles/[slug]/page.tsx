import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { getOwnTeacherArticle } from "@/lib/db/teach-articles";
import { factFormContext, reviewedArticleQuestions } from "@/lib/db/teach-fact-review";
import { teacherSets } from "@/lib/db/teach-sets";
import { NotFoundError } from "@/lib/domain/errors";
import { highlightSegments } from "@/lib/content/highlight";
import { approveFactAction } from "@/lib/actions/teach/approve-fact";
import { rejectFactAction } from "@/lib/actions/teach/reject-fact";
import { articleCoverage, FACT_FIELDS, factFormValues } from "@/lib/teach";
import { formatDay } from "@/app/_components/format-date";
import { teacherOrRedirect } from "../../guard";
import { ActionButton } from "../../_components/action-button";
import { cardClass, linkClass, mutedText } from "../../_components/styles";
import { buttonDanger, buttonPrimary } from "@/app/_components/action-styles";
import { PageHeading } from "../../_components/page-heading";
import { Badge } from "@/app/_components/badge";
import { ArticlePassages } from "./article-passages";
import { ApproveMany, APPROVE_FORM_ID } from "./approve-many";
import { AddToSetForm } from "./add-to-set-form";
import { CoverageList } from "./coverage-list";
import { Section } from "@/app/_components/section";
import { ButtonLink } from "@/app/_components/button";

export const metadata: Metadata = { title: "Review facts" };

const STATUS_TONE = { proposed: "caution", reviewed: "approved", rejected: "muted" } as const;
const STATUS_LABEL = { proposed: "to review", reviewed: "approved", rejected: "rejected" } as const;

export default async function TeacherArticlePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const teacher = await teacherOrRedirect(`/teach/articles/${slug}`);
  const { article, facts } = await getOwnTeacherArticle(db(), teacher.id, slug).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const [{ entities }, questions, sets] = await Promise.all([
    factFormContext(db(), { ownerId: teacher.id, slug }),
    reviewedArticleQuestions(db(), { ownerId: teacher.id, slug }),
    teacherSets(db(), teacher.id),
  ]);
  const questionIds = questions.map((q) => q.id);
  const coverage = articleCoverage(
    article,
    questions,
    facts.map((f) => ({ status: f.status, evidence: f.fact.evidence })),
  );
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const passages = new Map(article.passages.map((p) => [p.id, p.text]));
  const waiting = facts.filter((f) => f.status === "proposed").length;
  const approvable = facts.filter((f) => f.status !== "reviewed").length;

  return (
    <div className="flex flex-col gap-6">
      <PageHeading
        title={article.title}
        titleClassName="font-serif text-2xl font-bold"
        up={{ href: "/teach/articles", label: "Your articles" }}
      >
        <p className={mutedText}>
          {[article.outlet, formatDay(article.publishedOn)].filter(Boolean).join(" · ")} · {article.passages.length}{" "}
          passages ·{" "}
          <Link href={`/sources/${article.slug}`} className={linkClass}>
            Read it
          </Link>
        </p>
      </PageHeading>
      <Section id="to-set-heading" title="Use its questions" className={`${cardClass} flex flex-col gap-2`}>
        {questionIds.length ? (
          <AddToSetForm
            slug={article.slug}
            count={questionIds.length}
            sets={sets.map((x) => ({ id: x.id, title: x.title }))}
            defaultTitle={article.title.slice(0, 120)}
          />
        ) : (
          <p className={mutedText}>
            No reviewed questions yet: approve facts below and their questions can be added to a set in one go.
          </p>
        )}
      </Section>

      <CoverageList slug={article.slug} coverage={coverage} />

      <Section id="passages-heading" title="The article" className="flex flex-col gap-3">
        <p className={mutedText}>
          Missed a fact? Select its words in a passage, or use the passage&apos;s own link to type or paste them.
        </p>
        <ArticlePassages slug={article.slug} passages={article.passages.map((p) => ({ id: p.id, text: p.text }))} />
      </Section>

      <Section
        id="facts-heading"
        title={`Facts found (${facts.length}, ${waiting} to review)`}
        className="flex flex-col gap-4"
      >
        <p className={mutedText}>
          Check each fact against its evidence. Approve it to make questions from it at once; edit it if the wording or
          a field is off (the quote must stay word for word); reject it if the article does not say it.
        </p>
        {facts.length === 0 ? (
          <p>No facts were found in this article. Questions come from facts, so this article adds none yet.</p>
        ) : null}
        {facts.length ? <ApproveMany slug={article.slug} count={approvable} /> : null}
        <ul className="flex flex-col gap-4">
          {facts.map(({ fact, status, questionCount }) => {
            const values = factFormValues(fact, names);
            return (
              <li key={fact.id} id={`fact-${fact.id}`} className={`${cardClass} flex flex-col gap-3`}>
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="flex min-w-0 items-start gap-2">
                    {status !== "reviewed" ? (
                      <input
                        type="checkbox"
                        name="factId"
                        value={fact.id}
                        form={APPROVE_FORM_ID}
                        id={`pick-${fact.id}`}
                        aria-label={`Select: ${fact.statement}`}
                        className="mt-1 h-5 w-5 shrink-0"
                      />
                    ) : null}
                    <h3 className="font-semibold">{fact.statement}</h3>
                  </div>
                  <Badge tone={STATUS_TONE[status]}>{STATUS_LABEL[status]}</Badge>
                </div>
                <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                  <dt className="font-medium">Kind</dt>
                  <dd>{fact.kind}</dd>
                  {FACT_FIELDS[fact.kind]
                    .filter((f) => f.name !== "statement" && values[f.name])
                    .map((f) => (
                      <div key={f.name} className="contents">
                        <dt className="font-medium">{f.label}</dt>
                        <dd className="break-words">{f.type === "boolean" ? "yes" : values[f.name]}</dd>
                      </div>
                    ))}
                </dl>
                <div>
                  <h4 className="text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300">
                    Evidence in context
                  </h4>
                  {fact.evidence.map((e) => (
                    <figure key={`${e.article}#${e.passage}:${e.quote}`} className="mt-2">
                      <figcaption className="text-sm">
                        Passage {e.passage.slice(1)}
                        {e.article !== article.slug ? ` of ${e.article}` : ""}
                      </figcaption>
                      <p className="font-serif leading-relaxed">
                        {highlightSegments(passages.get(e.passage) ?? e.quote, e.quote).map((s, i) =>
                          s.marked ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>,
                        )}
                      </p>
                    </figure>
                  ))}
                </div>
                {status === "reviewed" ? (
                  <p className="text-sm">
                    Makes {questionCount} {questionCount === 1 ? "question" : "questions"} in the bank.
                  </p>
                ) : null}
                <div className="flex flex-wrap gap-3">
                  {status !== "reviewed" ? (
                    <ActionButton
                      action={approveFactAction}
                      fields={{ slug: article.slug, factId: fact.id }}
                      label="Approve"
                      pendingLabel="Approving…"
                      accessibleName={`Approve: ${fact.statement}`}
                      className={buttonPrimary}
                    />
                  ) : null}
                  <ButtonLink
                    href={`/teach/articles/${article.slug}/facts/${fact.id}`}
                    variant="secondary"
                    size="compact"
                    aria-label={`Edit: ${fact.statement}`}
                  >
                    Edit
                  </ButtonLink>
                  {status !== "rejected" ? (
                    <ActionButton
                      action={rejectFactAction}
                      fields={{ slug: article.slug, factId: fact.id }}
                      label="Reject"
                      pendingLabel="Rejecting…"
                      accessibleName={`Reject: ${fact.statement}`}
                      className={buttonDanger}
                    />
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      </Section>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { getOwnSet, hiddenByTeacher } from "@/lib/db/teach-sets";
import { teacherClasses } from "@/lib/db/teach-classes";
import { getQuestionsById, loadTeacherBank, type BankQuestion } from "@/lib/db/questions";
import { bankFlaws } from "@/lib/db/bank-flaws";
import { listArticles } from "@/lib/db/articles";
import { NotFoundError } from "@/lib/domain/errors";
import { parseBankFilter } from "@/lib/teach";
import { teacherOrRedirect } from "../../guard";
import { QuestionPreview } from "../../_components/question-preview";
import { linkClass, mutedText } from "../../_components/styles";
import { PageHeading } from "../../_components/page-heading";
import { SetDetailsForm } from "./set-details-form";
import { SortableSetList } from "./sortable-set-list";
import { AssignForm } from "./assign-form";
import { BankBrowser } from "./bank-browser";
import { BlueprintForm } from "./blueprint-form";
import { EXPORT_FORMATS } from "./export/formats";
import { Section } from "@/app/_components/section";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Question set" };

export default async function SetPage({ params, searchParams }: Props) {
  const { id } = await params;
  const teacher = await teacherOrRedirect(`/teach/sets/${id}`);
  const search = await searchParams;
  const filter = parseBankFilter(search);
  // Set by "add all reviewed questions from this article" on its way here.
  const added = typeof search.added === "string" ? search.added.slice(0, 300) : "";
  const set = await getOwnSet(db(), teacher.id, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const [items, hiddenByYou, bank, classes, articles] = await Promise.all([
    getQuestionsById(db(), set.questionIds),
    hiddenByTeacher(db(), teacher.id, set.questionIds),
    loadTeacherBank(db(), teacher.id),
    teacherClasses(db(), teacher.id),
    listArticles(db(), { id: teacher.id, maintainer: false }),
  ]);
  const flaws = await bankFlaws(db(), bank);
  const articleTitles = Object.fromEntries(articles.map((a) => [a.slug, a.title]));
  const questions = set.questionIds.flatMap((qid) => {
    const q = items.get(qid);
    return q ? [q] : [];
  });
  // Round to the hour so the defaults read cleanly: opens now, due in a week.
  const now = new Date();
  now.setUTCMinutes(0, 0, 0);
  const week = new Date(now.getTime() + 7 * 86_400_000);

  return (
    <div className="flex flex-col gap-10">
      <PageHeading title={set.title} up={{ href: "/teach/sets", label: "Question sets" }}>
        <p className={mutedText}>
          {questions.length} {questions.length === 1 ? "question" : "questions"}
        </p>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Print and export">
          <li>
            <Link href={`/teach/sets/${set.id}/print`} className={linkClass}>
              Print with answer key
            </Link>
          </li>
          {EXPORT_FORMATS.map((f) => (
            <li key={f.id}>
              <a href={`/teach/sets/${set.id}/export?format=${f.id}`} className={linkClass} download>
                Export {f.label}
              </a>
            </li>
          ))}
        </ul>
      </PageHeading>

      {added ? (
        <p
          role="status"
          className="rounded-md bg-emerald-50 p-3 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100"
        >
          {added}
        </p>
      ) : null}

      <Section id="questions-heading" title="Questions in this set">
        {questions.length ? (
          <SortableSetList
            setId={set.id}
            items={questions.map((q: BankQuestion) => {
              // Hidden for everyone, retired, or hidden by this teacher: this set's learners will not get it.
              const hidden = q.hidden || q.retired || hiddenByYou.has(q.id);
              return {
                id: q.id,
                prompt: q.prompt,
                hidden,
                content: <QuestionPreview question={q} articleTitles={articleTitles} hidden={hidden} />,
              };
            })}
          />
        ) : (
          <p className={`mt-2 ${mutedText}`}>No questions yet. Add some from the bank below.</p>
        )}
      </Section>

      <Section id="blueprint-heading" title="Fill to a blueprint" className="max-w-3xl">
        <p className={mutedText}>
          Let Sourced pick reviewed questions from your bank in the mix you choose, one question per fact while others
          remain. You can reorder or remove any of them afterwards.
        </p>
        <div className="mt-3">
          <BlueprintForm setId={set.id} />
        </div>
      </Section>

      <Section id="details-heading" title="Title and options" className="max-w-2xl">
        <div className="mt-3">
          <SetDetailsForm setId={set.id} title={set.title} options={set.options} />
        </div>
      </Section>

      <Section id="assign-heading" title="Assign to a class" className="max-w-2xl">
        {classes.length ? (
          <div className="mt-3">
            <AssignForm
              setId={set.id}
              classes={classes.map((c) => ({ id: c.id, name: c.name }))}
              opensAt={now.toISOString()}
              dueAt={week.toISOString()}
            />
          </div>
        ) : (
          <p className={`mt-2 ${mutedText}`}>
            You have no classes yet.{" "}
            <Link href="/teach/classes/new" className={linkClass}>
              Create a class
            </Link>{" "}
            first.
          </p>
        )}
      </Section>

      <BankBrowser
        setId={set.id}
        bank={bank}
        inSet={new Set(set.questionIds)}
        filter={filter}
        articles={articles.map((a) => ({ slug: a.slug, title: a.title }))}
        articleTitles={articleTitles}
        flaws={flaws}
      />
    </div>
  );
}

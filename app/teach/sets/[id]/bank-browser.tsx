import Link from "next/link";
import type { Question } from "@/lib/questions/schema";
import { addSetQuestionAction } from "@/lib/actions/teach/add-set-question";
import { DIFFICULTY_BANDS, difficultyBand, filterBank, type BankFilter } from "@/lib/teach";
import { QUESTION_KINDS, TOPICS } from "@/lib/questions/schema";
import { KIND_LABELS } from "@/app/(learner)/quiz/kind-labels";
import { ActionButton } from "../../_components/action-button";
import { QuestionPreview } from "../../_components/question-preview";
import { inputClass, linkClass, mutedText } from "../../_components/styles";
import { TOPIC_LABELS } from "../../_components/format";
import { Badge } from "@/app/_components/badge";
import { AddMatchingForm } from "./add-matching-form";
import type { Flaw } from "@/lib/questions/lint";
import { FlawList } from "./flaw-list";
import { Section } from "@/app/_components/section";
import { Button, ButtonLink } from "@/app/_components/button";

type Props = {
  setId: string;
  bank: Question[];
  inSet: ReadonlySet<string>;
  filter: BankFilter;
  articles: { slug: string; title: string }[];
  articleTitles: Record<string, string>;
  /** The item-writing lint's findings, by question id, computed once for the whole bank. */
  flaws?: ReadonlyMap<string, readonly Flaw[]>;
};

function pageHref(setId: string, filter: BankFilter, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filter, page })) {
    if (value !== undefined && value !== "" && !(key === "page" && value === 1)) params.set(key, String(value));
  }
  const query = params.toString();
  return `/teach/sets/${setId}${query ? `?${query}` : ""}#bank-heading`;
}

const DIFFICULTY_LABELS = { easy: "Easy", medium: "Medium", hard: "Hard" } as const;

/** The filter as hidden fields for "add all matching" (the page number is not part of it). */
function matchingFields(setId: string, filter: BankFilter): Record<string, string> {
  const out: Record<string, string> = { setId };
  for (const [key, value] of Object.entries(filter))
    if (key !== "page" && value !== undefined && value !== "") out[key] = String(value);
  return out;
}

function Select({
  id,
  name,
  label,
  value,
  options,
}: {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={`${inputClass} max-w-full`}>
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The question bank with filters (GET search params) and an Add button per question. */
export function BankBrowser({ setId, bank, inSet, filter, articles, articleTitles, flaws }: Props) {
  const page = filterBank(bank, filter);
  const first = page.total ? (page.page - 1) * 20 + 1 : 0;
  return (
    <Section id="bank-heading" title="Add questions from the bank" className="flex flex-col gap-4">
      <form
        method="get"
        action={`/teach/sets/${setId}#bank-heading`}
        role="search"
        aria-label="Filter the question bank"
        className="grid gap-3 sm:grid-cols-3"
      >
        <div className="flex min-w-0 flex-col gap-1 sm:col-span-3">
          <label htmlFor="filter-q" className="text-sm font-medium">
            Words in the question or its evidence
          </label>
          <input id="filter-q" name="q" type="search" defaultValue={filter.q ?? ""} className={inputClass} />
        </div>
        <Select
          id="filter-topic"
          name="topic"
          label="Topic"
          value={filter.topic}
          options={TOPICS.map((t) => ({ value: t, label: TOPIC_LABELS[t] }))}
        />
        <Select
          id="filter-kind"
          name="kind"
          label="Kind"
          value={filter.kind}
          options={QUESTION_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
        />
        <Select
          id="filter-article"
          name="article"
          label="Article"
          value={filter.article}
          options={articles.map((a) => ({ value: a.slug, label: a.title }))}
        />
        <Select
          id="filter-status"
          name="status"
          label="Status"
          value={filter.status}
          options={[
            { value: "reviewed", label: "Reviewed" },
            { value: "proposed", label: "Proposed (from unreviewed facts)" },
          ]}
        />
        <Select
          id="filter-difficulty"
          name="difficulty"
          label="Difficulty"
          value={filter.difficulty}
          options={DIFFICULTY_BANDS.map((d) => ({ value: d, label: d[0]?.toUpperCase() + d.slice(1) }))}
        />
        <div className="flex items-end gap-2">
          <Button type="submit" size="compact">
            Filter
          </Button>
          <ButtonLink href={`/teach/sets/${setId}#bank-heading`} variant="secondary" size="compact">
            Clear
          </ButtonLink>
        </div>
      </form>
      <p role="status" className={mutedText}>
        {page.total
          ? `Showing ${first}–${first + page.items.length - 1} of ${page.total} matching questions.`
          : "No questions match these filters."}
      </p>
      {page.total ? <AddMatchingForm fields={matchingFields(setId, filter)} total={page.total} /> : null}
      <ol className="flex flex-col divide-y divide-slate-200 dark:divide-slate-800" aria-label="Matching questions">
        {page.items.map((q) => (
          <li key={q.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between">
            <div className="flex min-w-0 flex-col gap-1">
              <div className="flex flex-wrap gap-2">
                <Badge tone="muted">
                  <span className="sr-only">Kind: </span>
                  {KIND_LABELS[q.kind]}
                </Badge>
                <Badge tone="neutral">
                  <span className="sr-only">Difficulty: </span>
                  {DIFFICULTY_LABELS[difficultyBand(q.difficulty)]}
                </Badge>
              </div>
              <QuestionPreview question={q} articleTitles={articleTitles} />
              <FlawList flaws={flaws?.get(q.id)} />
            </div>
            <div className="shrink-0">
              {inSet.has(q.id) ? (
                <span className="text-sm font-medium text-emerald-800 dark:text-emerald-300">✓ In this set</span>
              ) : (
                <ActionButton
                  action={addSetQuestionAction}
                  fields={{ setId, questionId: q.id }}
                  label="Add"
                  pendingLabel="Adding…"
                  accessibleName={`Add to set: ${q.prompt}`}
                  doneMessage="Added."
                />
              )}
            </div>
          </li>
        ))}
      </ol>
      {page.pages > 1 ? (
        <nav aria-label="Bank pages" className="flex flex-wrap items-center gap-3">
          {page.page > 1 ? (
            <Link href={pageHref(setId, filter, page.page - 1)} className={linkClass}>
              Previous page
            </Link>
          ) : null}
          <span className={mutedText}>
            Page {page.page} of {page.pages}
          </span>
          {page.page < page.pages ? (
            <Link href={pageHref(setId, filter, page.page + 1)} className={linkClass}>
              Next page
            </Link>
          ) : null}
        </nav>
      ) : null}
    </Section>
  );
}

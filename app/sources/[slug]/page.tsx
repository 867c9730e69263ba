import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { getArticle } from "@/lib/db/articles";
import { readerOf } from "@/lib/db/reader-scope";
import { getViewer } from "@/lib/auth/viewer";
import { highlightSegments, textFragment } from "@/lib/content/highlight";
import { formatDay } from "@/app/_components/format-date";
import { CopyLink } from "./copy-link";
import { ActionButton } from "@/app/teach/_components/action-button";
import { promoteArticleAction } from "@/lib/actions/teach/promote-article";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const searchSchema = z.object({ q: z.string().min(1).max(1000).optional() }).catch({});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const article = await getArticle(db(), slug, readerOf(await getViewer()));
  return { title: article?.title ?? "Article not found" };
}

export default async function ReaderPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { q } = searchSchema.parse(await searchParams);
  const reader = readerOf(await getViewer());
  const article = await getArticle(db(), slug, reader);
  if (!article) notFound();
  const found = q ? article.passages.filter((p) => p.text.includes(q)) : [];
  return (
    <article className="mx-auto max-w-3xl">
      <header className="mb-6">
        <h1 className="font-serif text-3xl font-bold leading-tight">{article.title}</h1>
        <p className="mt-2 text-slate-600 dark:text-slate-300">
          {[article.outlet ?? "Outlet not named in the text", formatDay(article.publishedOn)].join(" · ")}
        </p>
        {article.library ? null : (
          <div className="mt-3 flex flex-wrap items-center gap-3 text-sm">
            <p>Only its teacher, their learners and the library&apos;s maintainers can see this article.</p>
            {reader?.maintainer ? (
              <ActionButton
                action={promoteArticleAction}
                fields={{ slug: article.slug }}
                label="Promote to the library"
                pendingLabel="Promoting…"
              />
            ) : null}
          </div>
        )}
      </header>
      {q ? (
        <aside
          aria-label="Quoted evidence"
          className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-slate-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50"
        >
          {found.length ? (
            <>
              <p>
                Highlighted in {found.map((p) => `passage ${p.key.slice(1)}`).join(", ")}: <q>{q}</q>
              </p>
              <CopyLink path={`/sources/${article.slug}#${found[0]?.key ?? ""}${textFragment(q)}`} />
            </>
          ) : (
            <p role="status">This quote is not in the article as it stands now.</p>
          )}
        </aside>
      ) : null}
      <ol className="flex flex-col gap-4">
        {article.passages.map((p) => (
          <li
            key={p.key}
            id={p.key}
            className="group grid scroll-mt-20 grid-cols-[2.5rem_1fr] gap-2 target:rounded-md target:bg-brand-50 dark:target:bg-slate-900"
          >
            <a
              href={`#${p.key}`}
              aria-label={`Passage ${p.key.slice(1)}`}
              className="pt-1 text-right text-sm tabular-nums text-slate-700 no-underline hover:underline dark:text-slate-300"
            >
              {p.key.slice(1)}
            </a>
            <p className="font-serif text-lg leading-relaxed">
              {highlightSegments(p.text, q).map((s, i) =>
                s.marked ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>,
              )}
            </p>
          </li>
        ))}
      </ol>
      {article.seedFile ? (
        <p className="mt-8 text-sm text-slate-500 dark:text-slate-400">
          Imported from {article.seedFile}; layout repaired, words unchanged.
        </p>
      ) : null}
    </article>
  );
}

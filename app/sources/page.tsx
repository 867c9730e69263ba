import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db/client";
import { listArticles } from "@/lib/db/articles";
import { readerOf } from "@/lib/db/reader-scope";
import { getViewer } from "@/lib/auth/viewer";
import { formatDay } from "@/app/_components/format-date";

export const metadata: Metadata = { title: "Sources" };

export default async function SourcesPage() {
  const articles = await listArticles(db(), readerOf(await getViewer()));
  return (
    <div>
      <h1 className="text-2xl font-bold">Sources</h1>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        The articles every question is drawn from, in their own words. Passages are numbered so each answer can point at
        one.
      </p>
      <ul className="mt-6 flex flex-col gap-3">
        {articles.map((a) => (
          <li key={a.slug} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <Link
              href={`/sources/${a.slug}`}
              className="text-lg font-semibold text-brand-700 underline-offset-4 hover:underline dark:text-brand-100"
            >
              {a.title}
            </Link>
            <p className="text-sm text-slate-600 dark:text-slate-300">
              {[a.outlet ?? "Outlet not named in the text", formatDay(a.publishedOn)].join(" · ")} · {a.passageCount}{" "}
              passages · cited {a.factCount} times
            </p>
          </li>
        ))}
      </ul>
      {articles.length === 0 ? <p className="mt-6">No articles yet.</p> : null}
    </div>
  );
}

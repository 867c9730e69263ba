import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db/client";
import { teacherArticles } from "@/lib/db/teach-articles";
import { teacherOrRedirect } from "../guard";
import { linkClass, mutedText } from "../_components/styles";
import { PageHeading } from "../_components/page-heading";
import { ButtonLink } from "@/app/_components/button";
import { formatDay } from "@/app/_components/format-date";

export const metadata: Metadata = { title: "Your articles" };

export default async function TeacherArticlesPage() {
  const teacher = await teacherOrRedirect("/teach/articles");
  const articles = await teacherArticles(db(), teacher.id);
  return (
    <div>
      <PageHeading
        title="Your articles"
        action={
          <ButtonLink href="/teach/articles/new" size="compact">
            Add an article
          </ButtonLink>
        }
      >
        <p className={mutedText}>
          Articles you pasted in. Facts found in them wait for your review; approved facts become questions in the bank.
        </p>
      </PageHeading>
      {articles.length ? (
        <ul className="mt-4 flex flex-col divide-y divide-slate-200 dark:divide-slate-800">
          {articles.map((a) => (
            <li key={a.slug} className="flex flex-wrap items-baseline justify-between gap-2 py-3">
              <span>
                <Link href={`/teach/articles/${a.slug}`} className={linkClass}>
                  {a.title}
                </Link>
                <span className={`ml-2 ${mutedText}`}>
                  {[a.outlet, formatDay(a.publishedOn)].filter(Boolean).join(" · ")}
                </span>
              </span>
              <span className="text-sm">
                {a.proposed} to review · {a.reviewed} approved · {a.rejected} rejected
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className={`mt-4 ${mutedText}`}>You have not added any articles yet.</p>
      )}
    </div>
  );
}

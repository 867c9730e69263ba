import type { Metadata } from "next";
import { teacherOrRedirect } from "../../guard";
import { ImportArticleForm } from "./import-article-form";

export const metadata: Metadata = { title: "Add an article" };

export default async function NewArticlePage() {
  await teacherOrRedirect("/teach/articles/new");
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold">Add an article</h1>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        Paste the article&apos;s text. Its layout is repaired (hard line breaks, page furniture) without changing a
        word, and the facts it states are proposed for you to review. Nothing reaches learners until you approve it.
      </p>
      <div className="mt-4">
        <ImportArticleForm />
      </div>
    </div>
  );
}

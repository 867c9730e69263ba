import Link from "next/link";
import { getViewer } from "@/lib/auth/viewer";

export default async function HomePage() {
  const viewer = await getViewer();
  return (
    <div className="flex flex-col gap-6">
      <section>
        <h1 className="text-3xl font-bold tracking-tight">
          {viewer && !viewer.isGuest ? `Welcome back, ${viewer.name}` : "Learn what the articles say, and see where they say it"}
        </h1>
        <p className="mt-2 max-w-2xl text-slate-700 dark:text-slate-300">
          Quizzes and flashcards on the 2018–2020 Russia–Turkey–Iran diplomacy over Syria&apos;s Idlib province. Every answer links to
          the sentence in the article that proves it.
        </p>
      </section>
      <div className="flex flex-wrap gap-3">
        <Link href="/quiz" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Start a quiz
        </Link>
        <Link href="/sources" className="rounded-md border border-slate-300 px-4 py-2 font-semibold hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
          Read the sources
        </Link>
      </div>
    </div>
  );
}

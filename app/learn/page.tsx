import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Learning aids" };

const AIDS = [
  {
    href: "/learn/timeline",
    title: "Timeline",
    description:
      "The meetings, talks and events the articles report, in order, each date as exact as the articles give it, with the quotes that state them.",
  },
  {
    href: "/learn/sides",
    title: "Who backs whom",
    description:
      "The sides of the conflict, drawn only from what the articles say about who backs whom, each link with its source.",
  },
] as const;

export default function LearnPage() {
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold">Learning aids</h1>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        Two ways to see the whole story at once. Every entry links to the sentence that proves it, and any of them can
        become a short quiz.
      </p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {AIDS.map((aid) => (
          <li key={aid.href} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <h2 className="text-lg font-semibold">
              <Link href={aid.href} className="text-brand-700 underline underline-offset-4 dark:text-brand-100">
                {aid.title}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{aid.description}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}

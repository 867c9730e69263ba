import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db/client";
import { getViewer } from "@/lib/auth/viewer";
import { deckStats, ensureStarterDeck, getDueQueue } from "@/lib/db/cards";
import { startStudyingAction } from "@/lib/actions/flashcards/start-studying";
import { SubmitButton } from "@/app/_components/submit-button";
import { FlashcardReview } from "./flashcard-review";

export const metadata: Metadata = { title: "Flashcards" };

function Intro() {
  return (
    <p className="mt-1 max-w-2xl text-slate-700 dark:text-slate-300">
      Recall the answer, then check it against the quote that proves it. Cards you find easy come back later; cards you
      miss come back soon.
    </p>
  );
}

export default async function FlashcardsPage() {
  const viewer = await getViewer();
  if (!viewer) {
    return (
      <div className="mx-auto max-w-2xl">
        <h1 className="text-2xl font-bold">Flashcards</h1>
        <Intro />
        <form action={startStudyingAction} className="mt-6">
          <SubmitButton pendingText="Starting…">Start studying</SubmitButton>
        </form>
        <p className="mt-4 text-sm text-slate-600 dark:text-slate-300">
          No account needed: a guest session keeps your cards.{" "}
          <Link href="/sign-in?next=/flashcards" className="font-medium text-brand-700 underline dark:text-brand-100">
            Sign in
          </Link>{" "}
          to study with your account.
        </p>
      </div>
    );
  }

  const now = new Date();
  // Idempotent: only a learner with no cards gets the starter deck.
  await ensureStarterDeck(db(), viewer.id, now);
  const [queue, stats] = await Promise.all([getDueQueue(db(), viewer.id, now, 1), deckStats(db(), viewer.id, now)]);
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-bold">Flashcards</h1>
      <Intro />
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">
        Keys: <kbd className="rounded border border-slate-300 px-1 dark:border-slate-600">Space</kbd> shows the answer,
        then <kbd className="rounded border border-slate-300 px-1 dark:border-slate-600">1</kbd> Again,{" "}
        <kbd className="rounded border border-slate-300 px-1 dark:border-slate-600">2</kbd> Hard,{" "}
        <kbd className="rounded border border-slate-300 px-1 dark:border-slate-600">3</kbd> Good,{" "}
        <kbd className="rounded border border-slate-300 px-1 dark:border-slate-600">4</kbd> Easy.
      </p>
      <FlashcardReview initialCard={queue[0] ?? null} initialStats={stats} />
    </div>
  );
}

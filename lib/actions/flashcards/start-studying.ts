"use server";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { ensureStarterDeck } from "@/lib/db/cards";
import { getOrCreateLearner } from "@/lib/auth/guest";

/** Starts a guest session for a visitor, gives the learner a starter deck and opens the flashcards. */
export async function startStudyingAction(): Promise<void> {
  const learner = await getOrCreateLearner();
  await ensureStarterDeck(db(), learner.id, new Date());
  redirect("/flashcards");
}

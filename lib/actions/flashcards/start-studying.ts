"use server";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { ensureStarterDeck } from "@/lib/db/cards";
import { getOrCreateLearner } from "@/lib/auth/guest";
import { DomainError } from "@/lib/domain/errors";

/** Starts a guest session for a visitor, gives the learner a starter deck and opens the flashcards. */
export async function startStudyingAction(): Promise<void> {
  let learner;
  try {
    learner = await getOrCreateLearner();
  } catch (error) {
    // Too many guest sessions from this network (lib/auth/client-limits.ts): an account is the way on.
    if (error instanceof DomainError) redirect(`/sign-up?next=${encodeURIComponent("/flashcards")}`);
    throw error;
  }
  await ensureStarterDeck(db(), learner.id, new Date());
  redirect("/flashcards");
}

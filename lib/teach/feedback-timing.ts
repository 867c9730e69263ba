// One rule for when a learner may see their results: a set that gives feedback after the due date holds
// back right answers, scores and flashcards until that date passes.
import type { SetOptions } from "./schema";

export function resultsWithheld(options: Pick<SetOptions, "feedback">, dueAt: Date, now: Date): boolean {
  return options.feedback === "after-due" && now < dueAt;
}

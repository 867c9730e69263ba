import { QuizMeForm } from "./quiz-me-form";

/** "Quiz me on this" for a fact with questions; an honest note for one without. */
export function QuizMe({ factId, about, questionCount }: { factId: string; about: string; questionCount: number }) {
  if (questionCount === 0) {
    return <p className="text-sm text-slate-600 dark:text-slate-300">No questions on this fact yet.</p>;
  }
  return <QuizMeForm factId={factId} about={about} />;
}

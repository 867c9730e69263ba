"use client";
// One card at a time: recall, show the answer (Space), rate it (1-4), next card.
import { useEffect, useEffectEvent, useRef, useState, useTransition } from "react";
import type { DeckStats, DueCard, ReviewOutcome } from "@/lib/db/cards";
import { reviewCardAction } from "@/lib/actions/flashcards/review-card";
// The rating keys only: the scheduler itself stays on the server.
import { ratingForKey, ratingLabel } from "@/lib/srs/rating";
import type { Rating } from "@/lib/srs/schema";
import { FormAlert } from "@/app/_components/form-alert";
import { CardBack } from "./card-back";
import { LocalTime } from "@/app/_components/local-time";
import { ButtonLink } from "@/app/_components/button";

type Props = { initialCard: DueCard | null; initialStats: DeckStats };
type FocusTarget = "answer" | "show" | "done";

/** Keys typed into a field, or pressed with a modifier, belong to something else. */
function isForSomethingElse(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey || event.repeat || event.defaultPrevented)
    return true;
  const target = event.target;
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest("input, textarea, select, [contenteditable]") !== null;
}

/** Space on a focused button or link already activates it. */
function spaceActivates(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest("button, a, summary, [role=button], [role=link]") !== null;
}

export function FlashcardReview({ initialCard, initialStats }: Props) {
  const [card, setCard] = useState(initialCard);
  const [stats, setStats] = useState(initialStats);
  const [flipped, setFlipped] = useState(false);
  const [last, setLast] = useState<ReviewOutcome | null>(null);
  const [error, setError] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const [pending, startTransition] = useTransition();
  const answerRef = useRef<HTMLHeadingElement>(null);
  const showRef = useRef<HTMLButtonElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef<FocusTarget | null>(null);

  // Focus moves only once the element it goes to is visible (after the render that shows it).
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === "answer") answerRef.current?.focus();
    if (target === "show") showRef.current?.focus();
    if (target === "done") doneRef.current?.focus();
  }, [flipped, card]);

  function flip() {
    if (!card || flipped) return;
    // The Show answer button hides itself; keep focus on the page rather than lose it.
    if (document.activeElement === showRef.current) focusNext.current = "answer";
    setFlipped(true);
    setAnnouncement(`Answer: ${card.flashcard.back.answer}`);
  }

  function rate(rating: Rating) {
    if (!card || !flipped || pending) return;
    const cardId = card.cardId;
    startTransition(async () => {
      const result = await reviewCardAction({ cardId, rating });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      const { reviewed, next, stats: nextStats } = result.data;
      setError("");
      setLast(reviewed);
      setStats(nextStats);
      setCard(next);
      setFlipped(false);
      focusNext.current = next ? "show" : "done";
      const again = `Rated ${ratingLabel(reviewed.rating)}: you will see that card again in ${reviewed.interval}.`;
      setAnnouncement(next ? `${again} Next card: ${next.flashcard.front}` : `${again} No more cards due.`);
    });
  }

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (isForSomethingElse(event)) return;
    if (event.key === " ") {
      if (spaceActivates(event.target) || !card || flipped) return;
      event.preventDefault();
      flip();
      return;
    }
    const rating = ratingForKey(event.key);
    if (rating !== undefined && flipped) {
      event.preventDefault();
      rate(rating);
    }
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);

  return (
    <div className="mt-4 flex flex-col gap-4">
      <p className="text-slate-700 dark:text-slate-300">
        <strong className="text-slate-900 dark:text-slate-100">{stats.due}</strong> due now · {stats.total} in your deck
        · {stats.learned} learned
      </p>
      <p className="min-h-6 text-sm text-slate-700 dark:text-slate-300">
        {last ? (
          <>
            Rated {ratingLabel(last.rating)}: you will see that card again in {last.interval} (
            <LocalTime date={last.due} />
            ).
          </>
        ) : null}
      </p>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>

      {card ? (
        <>
          <section
            aria-labelledby="question-heading"
            className="rounded-xl border border-slate-300 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-700 dark:bg-slate-900"
          >
            <h2
              id="question-heading"
              className="text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300"
            >
              Question
            </h2>
            <p className="mt-1 text-xl font-semibold break-words">{card.flashcard.front}</p>
            {card.flashcard.hint ? (
              <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">{card.flashcard.hint}</p>
            ) : null}

            {/* Both layers share one grid cell, so showing the answer never moves the page. */}
            <div className="mt-4 grid border-t border-slate-200 pt-4 dark:border-slate-700">
              <p className={`[grid-area:1/1] text-slate-600 dark:text-slate-300 ${flipped ? "invisible" : ""}`}>
                Recall the answer, then show it to check yourself.
              </p>
              <div className={`[grid-area:1/1] break-words ${flipped ? "" : "invisible"}`}>
                <CardBack flashcard={card.flashcard} headingRef={answerRef} />
              </div>
            </div>
          </section>

          <div className="sticky bottom-0 -mx-4 grid border-t border-slate-200 bg-white/95 px-4 py-3 dark:border-slate-800 dark:bg-slate-950/95">
            <button
              ref={showRef}
              type="button"
              onClick={flip}
              aria-keyshortcuts="Space"
              className={`[grid-area:1/1] rounded-md bg-brand-700 px-4 py-3 font-semibold text-white hover:bg-brand-800 ${flipped ? "invisible" : ""}`}
            >
              Show answer
            </button>
            <div
              role="group"
              aria-label="How well did you remember it?"
              className={`[grid-area:1/1] grid grid-cols-4 gap-2 ${flipped ? "" : "invisible"}`}
            >
              {card.choices.map((choice) => (
                <button
                  key={choice.rating}
                  type="button"
                  onClick={() => rate(choice.rating)}
                  disabled={pending}
                  aria-keyshortcuts={choice.key}
                  aria-label={`${choice.label}: again in ${choice.interval}`}
                  className={`flex min-w-0 flex-col items-center rounded-md border px-1 py-2 text-sm font-semibold disabled:opacity-70 ${RATING_STYLES[choice.rating]}`}
                >
                  <span>{choice.label}</span>
                  <span className="text-xs font-normal">{choice.interval}</span>
                </button>
              ))}
            </div>
          </div>
          <FormAlert message={error} />
        </>
      ) : (
        <section
          aria-labelledby="done-heading"
          className="rounded-xl border border-slate-300 p-4 sm:p-6 dark:border-slate-700"
        >
          <h2 id="done-heading" ref={doneRef} tabIndex={-1} className="text-xl font-semibold">
            {stats.total === 0 ? "Your deck is empty" : "All done for now"}
          </h2>
          <p className="mt-2 text-slate-700 dark:text-slate-300">
            {stats.nextDueAt && stats.nextDueIn ? (
              <>
                The next card is due {stats.nextDueIn} (<LocalTime date={stats.nextDueAt} />
                ).
              </>
            ) : stats.total === 0 ? (
              "Questions you miss in a quiz become cards here."
            ) : (
              "No cards are scheduled."
            )}
          </p>
          <div className="mt-4 flex flex-wrap gap-3">
            <ButtonLink href="/quiz">Take a quiz</ButtonLink>
            <ButtonLink href="/sources" variant="secondary">
              Read the sources
            </ButtonLink>
          </div>
        </section>
      )}
    </div>
  );
}

const RATING_STYLES: Record<Rating, string> = {
  1: "border-rose-300 bg-rose-50 text-rose-900 hover:bg-rose-100 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-100 dark:hover:bg-rose-900",
  2: "border-amber-300 bg-amber-50 text-amber-900 hover:bg-amber-100 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100 dark:hover:bg-amber-900",
  3: "border-emerald-300 bg-emerald-50 text-emerald-900 hover:bg-emerald-100 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100 dark:hover:bg-emerald-900",
  4: "border-sky-300 bg-sky-50 text-sky-900 hover:bg-sky-100 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100 dark:hover:bg-sky-900",
};

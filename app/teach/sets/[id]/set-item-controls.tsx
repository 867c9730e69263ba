"use client";
import { useActionState, useEffect, useRef } from "react";
import { moveSetQuestionAction } from "@/lib/actions/teach/move-set-question";
import { removeSetQuestionAction } from "@/lib/actions/teach/remove-set-question";
import { idle, type ActionResult } from "@/lib/actions/result";
import { Button } from "@/app/_components/button";

type Props = { setId: string; questionId: string; index: number; total: number; label: string };

/**
 * Up, down and remove for one question of a set. Plain buttons, so the keyboard
 * works as everywhere else; after a move the focus stays on the button that was
 * pressed (or its partner at either end) and the new position is announced.
 */
export function SetItemControls({ setId, questionId, index, total, label }: Props) {
  const [moved, moveAction, moving] = useActionState<
    ActionResult<{ position: number; total: number } | null>,
    FormData
  >(moveSetQuestionAction, idle);
  const [removed, removeAction, removing] = useActionState<ActionResult<null>, FormData>(removeSetQuestionAction, idle);
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  const lastDirection = useRef<"up" | "down">("up");

  useEffect(() => {
    if (!moved.ok || !moved.data) return;
    const atTop = moved.data.position === 0;
    const atBottom = moved.data.position === moved.data.total - 1;
    const target = lastDirection.current === "up" ? (atTop ? downRef : upRef) : atBottom ? upRef : downRef;
    target.current?.focus();
  }, [moved]);

  const error = (!moved.ok && moved.error) || (!removed.ok && removed.error) || "";
  return (
    <div className="flex flex-wrap items-center gap-2">
      <form action={moveAction} className="flex gap-2">
        <input type="hidden" name="setId" value={setId} />
        <input type="hidden" name="questionId" value={questionId} />
        <Button
          ref={upRef}
          type="submit"
          name="direction"
          value="up"
          disabled={index === 0 || moving}
          onClick={() => (lastDirection.current = "up")}
          aria-label={`Move up: ${label}`}
          variant="secondary"
          size="compact"
        >
          ↑ Up
        </Button>
        <Button
          ref={downRef}
          type="submit"
          name="direction"
          value="down"
          disabled={index === total - 1 || moving}
          onClick={() => (lastDirection.current = "down")}
          aria-label={`Move down: ${label}`}
          variant="secondary"
          size="compact"
        >
          ↓ Down
        </Button>
      </form>
      <form action={removeAction}>
        <input type="hidden" name="setId" value={setId} />
        <input type="hidden" name="questionId" value={questionId} />
        <Button
          type="submit"
          disabled={removing}
          aria-label={`Remove from set: ${label}`}
          variant="danger"
          size="compact"
        >
          {removing ? "Removing…" : "Remove"}
        </Button>
      </form>
      <span role="status" className="sr-only">
        {moved.ok && moved.data ? `Moved to position ${moved.data.position + 1} of ${moved.data.total}.` : ""}
      </span>
      {error ? (
        <span role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </span>
      ) : null}
    </div>
  );
}

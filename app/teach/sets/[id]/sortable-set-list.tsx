"use client";
import { useOptimistic, useState, useTransition, type DragEvent, type PointerEvent, type ReactNode } from "react";
import { placeSetQuestionAction } from "@/lib/actions/teach/place-set-question";
import { idle } from "@/lib/actions/result";
import { placeItem } from "@/lib/teach/set-bulk";
import { cardClass } from "../../_components/styles";
import { SetItemControls } from "./set-item-controls";

export type SortableItem = { id: string; prompt: string; hidden: boolean; content: ReactNode };

/**
 * The set's questions in order. Drag a card (native drag and drop) to move it, drag its
 * handle with a finger (pointer events: touch screens fire no native drag), or use its
 * Up and Down buttons from the keyboard; either way the new place is announced.
 * The order changes on screen at once and the server's order replaces it when saved.
 */
export function SortableSetList({ setId, items }: { setId: string; items: SortableItem[] }) {
  const byId = new Map(items.map((i) => [i.id, i]));
  const [order, setOrder] = useOptimistic(
    items.map((i) => i.id),
    (current: string[], move: { id: string; position: number }) => placeItem(current, move.id, move.position),
  );
  const [, startTransition] = useTransition();
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState("");

  function drop(position: number) {
    const id = dragging;
    setDragging(null);
    setOver(null);
    if (!id || order.indexOf(id) === position) return;
    const number = order.indexOf(id) + 1;
    startTransition(async () => {
      setOrder({ id, position });
      const form = new FormData();
      form.set("setId", setId);
      form.set("questionId", id);
      form.set("position", String(position));
      const result = await placeSetQuestionAction(idle, form);
      setAnnouncement(
        result.ok
          ? `Moved question ${number} to position ${result.data.position + 1} of ${result.data.total}.`
          : result.error,
      );
    });
  }

  const onDragOver = (index: number) => (e: DragEvent<HTMLLIElement>) => {
    if (!dragging) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = "move";
    if (over !== index) setOver(index);
  };

  // Touch and pen: the handle captures the pointer and the card under the finger is the target.
  const touchStart = (id: string) => (e: PointerEvent<HTMLSpanElement>) => {
    if (e.pointerType === "mouse") return;
    e.currentTarget.setPointerCapture(e.pointerId);
    setDragging(id);
  };
  const touchMove = (e: PointerEvent<HTMLSpanElement>) => {
    if (!dragging || e.pointerType === "mouse") return;
    const card = document.elementFromPoint(e.clientX, e.clientY)?.closest<HTMLElement>("li[data-index]");
    const index = card ? Number(card.dataset.index) : null;
    if (index !== over) setOver(index);
  };
  const touchEnd = (e: PointerEvent<HTMLSpanElement>) => {
    if (e.pointerType === "mouse") return;
    if (over === null) {
      setDragging(null);
      return;
    }
    drop(over);
  };

  return (
    <>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        Drag a question to move it, or use its Up and Down buttons.
      </p>
      <ol className="mt-3 flex flex-col gap-3">
        {order.map((id, i) => {
          const item = byId.get(id);
          if (!item) return null;
          const label = `question ${i + 1}, ${item.prompt}`;
          return (
            <li
              key={id}
              draggable
              onDragStart={(e) => {
                setDragging(id);
                e.dataTransfer.effectAllowed = "move";
                e.dataTransfer.setData("text/plain", id);
              }}
              onDragEnd={() => {
                setDragging(null);
                setOver(null);
              }}
              onDragOver={onDragOver(i)}
              onDrop={(e) => {
                e.preventDefault();
                drop(i);
              }}
              data-question-id={id}
              data-index={i}
              className={`${cardClass} flex cursor-grab flex-col gap-3 ${dragging === id ? "opacity-50" : ""} ${over === i && dragging !== id ? "outline-2 outline-offset-2 outline-brand-600 outline-dashed" : ""}`}
            >
              <div className="flex gap-3">
                <span
                  className="-m-2 touch-none select-none p-2 text-slate-500 dark:text-slate-400"
                  aria-hidden="true"
                  title="Drag to move"
                  onPointerDown={touchStart(id)}
                  onPointerMove={touchMove}
                  onPointerUp={touchEnd}
                  onPointerCancel={() => {
                    setDragging(null);
                    setOver(null);
                  }}
                >
                  ⠿
                </span>
                <span className="font-bold tabular-nums" aria-hidden="true">
                  {i + 1}.
                </span>
                {item.content}
              </div>
              {item.hidden ? (
                <p className="text-sm text-rose-800 dark:text-rose-300">
                  Hidden from quizzes: learners will not get this question.
                </p>
              ) : null}
              <SetItemControls setId={setId} questionId={id} index={i} total={order.length} label={label} />
            </li>
          );
        })}
      </ol>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </>
  );
}

"use client";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { linkClass } from "../../_components/styles";
import { Button, ButtonLink } from "@/app/_components/button";

type Passage = { id: string; text: string };
type Selected = { passage: string; quote: string };

function newFactHref(slug: string, s: { passage: string; quote?: string }): string {
  const params = new URLSearchParams({ passage: s.passage });
  if (s.quote) params.set("quote", s.quote);
  return `/teach/articles/${slug}/facts/new?${params.toString()}`;
}

function passageOf(node: Node): HTMLElement | null {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest<HTMLElement>("[data-passage]") ?? null;
}

/**
 * The article's passages. Select words inside one passage (mouse, touch, or the
 * keyboard with caret browsing) and "Add a fact from this selection" opens the fact
 * form with the exact words; every passage also has its own link, where the quote is
 * typed or pasted instead, for anyone who cannot select text.
 */
export function ArticlePassages({ slug, passages }: { slug: string; passages: Passage[] }) {
  const listRef = useRef<HTMLOListElement>(null);
  const [selected, setSelected] = useState<Selected | null>(null);

  useEffect(() => {
    const onChange = () => {
      const sel = document.getSelection();
      if (!sel || sel.isCollapsed || !sel.anchorNode || !sel.focusNode) return;
      const from = passageOf(sel.anchorNode);
      const to = passageOf(sel.focusNode);
      // Only a selection inside one passage of this list can be a quote; anything else leaves the last one.
      if (!from || from !== to || !listRef.current?.contains(from)) return;
      const quote = sel.toString().trim();
      const passage = from.dataset.passage;
      if (quote && passage) setSelected({ passage, quote });
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, []);

  return (
    <div className="flex flex-col gap-3">
      <div aria-live="polite" className="sticky top-0 z-10">
        {selected ? (
          <div className="flex flex-col gap-2 rounded-lg border-2 border-brand-600 bg-white p-3 shadow dark:bg-slate-900">
            <p className="text-sm">
              Selected in passage {selected.passage.slice(1)}: <q className="font-serif">{selected.quote}</q>
            </p>
            <div className="flex flex-wrap gap-2">
              <ButtonLink href={newFactHref(slug, selected)} size="compact">
                Add a fact from this selection
              </ButtonLink>
              <Button type="button" variant="secondary" size="compact" onClick={() => setSelected(null)}>
                Clear selection
              </Button>
            </div>
          </div>
        ) : null}
      </div>
      <ol ref={listRef} className="flex flex-col gap-4">
        {passages.map((p) => (
          <li key={p.id} className="flex flex-col gap-1">
            <p
              className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300"
              id={`passage-label-${p.id}`}
            >
              Passage {p.id.slice(1)}
            </p>
            <p data-passage={p.id} className="font-serif leading-relaxed">
              {p.text}
            </p>
            <p className="text-sm">
              <Link href={newFactHref(slug, { passage: p.id })} className={linkClass}>
                Add a fact from passage {p.id.slice(1)}
              </Link>
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}

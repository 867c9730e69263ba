// Turns a delivered plain-text article into an Article: layout repair, then
// metadata supplied by a person who has read it. Re-importing keeps the ids of
// paragraphs whose text is unchanged, so existing evidence stays valid.
import { ContentError } from "./errors";
import { repairLayout, type LayoutRepair } from "./repair";
import { articleSchema, type Article, type ArticleMeta, type Passage } from "./schema";

export type ImportMeta = Omit<ArticleMeta, "title" | "repairs"> & {
  /** Only for texts without a headline; a headline in the text is never replaced. */
  title?: string;
  /** Notes from the person importing, added after the automatic repairs. */
  notes?: string[];
};

export function articleFromText(rawText: string, meta: ImportMeta, previous?: Article): { article: Article; repair: LayoutRepair } {
  const repair = repairLayout(rawText);
  const { notes = [], title: givenTitle, ...rest } = meta;
  if (repair.title !== undefined && givenTitle !== undefined && givenTitle !== repair.title) {
    throw new ContentError(`${meta.slug}: the text has the headline "${repair.title}"; do not replace it with "${givenTitle}"`);
  }
  const title = repair.title ?? givenTitle;
  if (title === undefined) throw new ContentError(`${meta.slug}: the text has no headline, so a title must be supplied`);
  const article = articleSchema.parse({
    ...rest,
    title,
    repairs: [...repair.repairs, ...notes],
    passages: assignPassageIds(repair.paragraphs, previous?.passages ?? []),
  });
  return { article, repair };
}

/** Unchanged paragraphs keep their old id; new ones get ids after the highest ever used. */
export function assignPassageIds(paragraphs: readonly string[], previous: readonly Passage[]): Passage[] {
  const free = new Map<string, string[]>();
  for (const p of previous) free.set(p.text, [...(free.get(p.text) ?? []), p.id]);
  let next = Math.max(0, ...previous.map((p) => Number(p.id.slice(1)))) + 1;
  return paragraphs.map((text) => {
    const reused = free.get(text)?.shift();
    return { id: reused ?? `p${next++}`, text };
  });
}

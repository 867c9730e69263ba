// Turns a delivered plain-text article into an Article: layout repair, then
// metadata supplied by a person who has read it. Re-importing keeps the ids of
// paragraphs whose text is unchanged, so existing evidence stays valid.
import { ContentError } from "./errors";
import { repairLayout, type LayoutRepair } from "./repair";
import { articleSchema, type Article, type ArticleMeta, type Passage } from "./schema";

export type ImportMeta = Omit<ArticleMeta, "title" | "repairs"> & {
  /**
   * The title a person gave. It wins over the text's first line: a header line
   * that repeats it is taken as the headline, a different one is dropped and
   * noted. Without it, the text's own headline is the title.
   */
  title?: string;
  /** Notes from the person importing, added after the automatic repairs. */
  notes?: string[];
};

export function articleFromText(rawText: string, meta: ImportMeta, previous?: Article): { article: Article; repair: LayoutRepair } {
  const { notes = [], title: givenTitle, ...rest } = meta;
  const repair = repairLayout(rawText, givenTitle === undefined ? {} : { title: givenTitle });
  const title = repair.title;
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

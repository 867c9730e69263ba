// Small pieces of wording shared by the asks.
import type { EntityType, Fact } from "../../facts/schema";
import { showValue, type ShowOptions, type SlotValue } from "../slots";
import type { GenerationContext } from "../context";
import { listOf } from "../text";

/** Group and organisation names that are common nouns take "the": "the Syrian government", "the Al-Nusra Front". */
const COMMON_HEADS =
  /\b(government|regime|rebels|fighters|forces|military|police|army|opposition|front|nations|council|union|ministry|observatory|force|center|centre|agency|contingents|troops|groups)$/i;

/** "the Sochi agreement", "the Syrian government", but "Idlib", "Hayat Tahrir al-Sham", "Russia". */
export function theName(ctx: GenerationContext, id: string): string {
  const name = ctx.index.entities.name(id);
  const type = ctx.index.entities.type(id);
  if (/^the /i.test(name)) return name;
  if (type === "agreement") return `the ${name}`;
  if ((type === "group" || type === "organization") && COMMON_HEADS.test(name)) return `the ${name}`;
  return name;
}

/** A value as it reads inside a sentence: "the Syrian government", "15 October 2018", "more than 30". */
export function phrase(ctx: GenerationContext, value: SlotValue, show?: ShowOptions): string {
  switch (value.type) {
    case "entity":
      return theName(ctx, value.id);
    case "text":
      return stripFinalStop(value.text);
    default:
      return showValue(ctx.index.entities, value, show);
  }
}

/** The kinds of the given entities, for distractors of the same kinds. */
export function typesOf(ctx: GenerationContext, ids: readonly string[]): EntityType[] {
  return [...new Set(ids.flatMap((id) => ctx.index.entities.type(id) ?? []))].sort();
}

export function namesOf(ctx: GenerationContext, ids: readonly string[]): string {
  return listOf(ids.map((id) => ctx.index.entities.name(id)));
}

/** "a three-way summit", "talks", "a negotiations process", "an emergency meeting". */
export function withArticle(noun: string): string {
  if (/[^su]s$/i.test(noun.trim())) return noun;
  return /^[aeiou]/i.test(noun.trim()) ? `an ${noun}` : `a ${noun}`;
}

export { onDate } from "../../facts/wording";

/** Who gives a figure: the named source, else the outlet or title of the first article citing it. */
export function attribution(ctx: GenerationContext, fact: Fact & { source?: string }): string {
  if (fact.source !== undefined && fact.source.trim() !== "") return fact.source;
  const first = fact.evidence[0];
  const article = first ? ctx.index.articles.get(first.article) : undefined;
  if (article?.outlet !== undefined) return article.outlet;
  if (article !== undefined) return `“${article.title}”`;
  return "the articles";
}

export function minById<T extends { id: string }>(items: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const item of items) if (best === undefined || item.id < best.id) best = item;
  return best;
}

export function stripFinalStop(text: string): string {
  return text.trim().replace(/[.!?]+$/, "");
}

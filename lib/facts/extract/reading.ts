// One pass over an article: its sentences, the entities and dates each one
// names, and a template of the sentence with every mention replaced by ⟦i⟧,
// so relation patterns can say "LIST backs LIST" whatever the names are.
import type { Article } from "../../content/schema";
import { findDates, type DateMention } from "./dates";
import type { EntityBook } from "./entities";
import { findMentions, newReadingState, type Mention } from "./mentions";
import { normalizePunctuation } from "./normalize";
import { resolveRoleReferences } from "./roles";
import { splitSentences, type Sentence } from "./sentences";

export type Reading = {
  sentence: Sentence;
  /** The sentence with punctuation normalised; same length and offsets as sentence.text. */
  text: string;
  mentions: Mention[];
  dates: DateMention[];
  /** text with mention i replaced by ⟦i⟧. */
  template: string;
  /** Offset in text for each offset in template (one past the end included). */
  toText: number[];
};

export function readArticle(article: Article, book: EntityBook): Reading[] {
  const state = newReadingState();
  const partial = splitSentences(article).map((sentence) => ({
    sentence,
    text: normalizePunctuation(sentence.text),
    mentions: findMentions(sentence.text, book, state),
    dates: findDates(sentence.text, article.publishedOn),
  }));
  resolveRoleReferences(partial, book);
  return partial.map((r) => ({ ...r, ...buildTemplate(r.text, r.mentions) }));
}

export function buildTemplate(text: string, mentions: readonly Mention[]): { template: string; toText: number[] } {
  let template = "";
  const toText: number[] = [];
  let at = 0;
  mentions.forEach((m, i) => {
    for (let k = at; k < m.start; k++) {
      template += text[k] ?? "";
      toText.push(k);
    }
    const token = `⟦${i}⟧`;
    for (let k = 0; k < token.length; k++) toText.push(k === 0 ? m.start : m.end);
    template += token;
    at = m.end;
  });
  for (let k = at; k < text.length; k++) {
    template += text[k] ?? "";
    toText.push(k);
  }
  toText.push(text.length);
  return { template, toText };
}

/** A comma- or and-joined list of mentions: "⟦0⟧, ⟦1⟧, and ⟦2⟧". */
const JOINER = String.raw`(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*,?\s+(?:along with|as well as|together with)\s+)`;
/** An adjective-like word inside a list ("the paramilitary RSF"), not a conjunction starting a clause. */
const LIST_WORD = String.raw`(?:(?!(?:while|but|as|which|who|that|where|when|because|although|after|before|since|if|or|whereas|though)\b)[a-z]+\s+)`;
export const LIST = String.raw`⟦\d+⟧(?:${JOINER}(?:the\s+)?${LIST_WORD}?⟦\d+⟧)*`;

/** An aside between a subject and its verb: ", led by General X," or " - who are ... -". */
export const ASIDE = String.raw`(?:\s*,(?:[^,⟦]|(?<=\d),(?=\d{3})){0,160}?(?:⟦\d+⟧(?:[^,⟦]|(?<=\d),(?=\d{3})){0,80}?)*,|\s+-\s+[^.]{0,200}?\s+-(?=\s))?`;

/** The mentions a template fragment refers to, in order. */
export function mentionsIn(fragment: string | undefined, reading: Reading): Mention[] {
  if (!fragment) return [];
  return [...fragment.matchAll(/⟦(\d+)⟧/g)].flatMap((m) => {
    const mention = reading.mentions[Number(m[1])];
    return mention ? [mention] : [];
  });
}

/** The entities acting in a template fragment ("Moscow" acts as Russia). */
export function actorsIn(fragment: string | undefined, reading: Reading): string[] {
  return unique(mentionsIn(fragment, reading).flatMap((m) => m.actors));
}

export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

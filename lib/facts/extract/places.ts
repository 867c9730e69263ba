// Where something happened, as news copy says it: "in Tehran", "in Russia's
// Black Sea resort of Sochi" (the most specific place of the chain), "in the
// Kazakh capital, Astana", "the Sochi meeting".
import { countryByWord } from "./countries";
import type { EntityBook } from "./entities";
import type { Mention } from "./mentions";
import type { Reading } from "./reading";

const IN_CHAIN = /\bin\s+((?:the\s+)?(?:⟦\d+⟧(?:'s)?|[\p{L}-]+)(?:\s+(?:⟦\d+⟧(?:'s)?|[\p{L}-]+)){0,8}(?:,\s+⟦\d+⟧)?)/gu;
const CHAIN_STOP =
  /\s+(?:for|to|on|with|at|as|after|before|ahead|amid|where|when|which|that|and|but|by|from|over|during|within)\b/i;

/** Place and country mentions of a template fragment (demonyms are not places). */
export function placeMentions(fragment: string | undefined, reading: Reading): Mention[] {
  if (!fragment) return [];
  return [...fragment.matchAll(/⟦(\d+)⟧/g)]
    .map((m) => reading.mentions[Number(m[1])])
    .filter(
      (m): m is Mention => m !== undefined && (m.type === "place" || m.type === "country") && m.how !== "demonym",
    );
}

/**
 * The place of the first "in ..." of a template fragment: the last place named
 * in its chain, else its last capitalised words (a place nobody listed).
 */
export function placeAfterIn(fragment: string, reading: Reading, book: EntityBook): string | undefined {
  for (const m of fragment.matchAll(IN_CHAIN)) {
    const chain = (m[1] ?? "").split(CHAIN_STOP)[0] ?? "";
    // A chain that stops on "of" lost its last words (a damaged copy): no place.
    if (/\b(?:of|the|in)\s*$/i.test(chain)) continue;
    // "in the Turkish capital": the capital of that country.
    const capital = /^(?:the\s+)?(⟦\d+⟧)(?:'s)?\s+capital$/.exec(chain.trim());
    const country = capital ? reading.mentions[Number(capital[1]?.slice(1, -1))] : undefined;
    const city = country ? countryByWord(country.text)?.capital : undefined;
    if (city) return book.place(city);
    const places = placeMentions(chain, reading);
    const place = places[places.length - 1];
    if (place) return place.ids[0];
    // "in Panmunjom": a capitalised name only guessed at ("proper") that the chain ends on is a place.
    const guessed = /(⟦\d+⟧)$/.exec(chain.trim())?.[1];
    const guess = guessed ? reading.mentions[Number(guessed.slice(1, -1))] : undefined;
    if (guess?.how === "proper" && guess.type === "group") return guess.ids[0];
    const bare = /(?:^|\s)(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})\s*$/u.exec(chain.replace(/⟦\d+⟧(?:'s)?/g, " "));
    // "the Caribbean city of Cartagena": the name is what follows "of".
    const ofName = /\bof\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})\s*$/u.exec(chain)?.[1];
    if (ofName) return book.place(ofName);
    if (bare?.[1] && !/^(?:The|A|An)$/.test(bare[1]) && !/⟦\d+⟧\s*$/.test(chain)) return book.place(bare[1]);
  }
  return undefined;
}

/** "the Sochi meeting", "the Jeddah talks". */
export function placeBeforeNoun(fragment: string, reading: Reading): string | undefined {
  const before = /(⟦\d+⟧)\s+(?:talks|summit|meeting|negotiations)\b/.exec(fragment);
  return before ? placeMentions(before[1], reading)[0]?.ids[0] : undefined;
}

const MEETING_WORDS =
  /\b(?:talks|met|meet|meets|meeting|summit|negotiations|signed|held|hosted|gathered|convened)\b[^.⟦]{0,40}?$/i;

/** The place where people met or signed ("talks in Jeddah", "met in Vilnius"), not any place the sentence names. */
export function meetingPlaceIn(template: string, reading: Reading, book: EntityBook): string | undefined {
  for (const m of template.matchAll(IN_CHAIN)) {
    const before = template.slice(Math.max(0, m.index - 60), m.index);
    if (
      !MEETING_WORDS.test(before) ||
      /\bto\s+[a-z]+\b[^⟦]*$/i.test(
        before.replace(/^.*\b(?:talks|met|meet|meeting|summit|negotiations|signed|held|hosted)\b/i, ""),
      )
    )
      continue;
    const place = placeAfterIn(template.slice(m.index), reading, book);
    if (place) return place;
  }
  return placeBeforeNoun(template, reading);
}

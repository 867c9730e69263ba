// Where a sentence names an entity. In order of trust: known names and aliases;
// a country's armed forces ("Sudan's army"); capitalised institution names
// ("Rapid Support Forces (RSF)"); the country table (names, demonyms,
// capitals); armed-opposition wording; titled names ("Foreign Minister X");
// compromise's people, places and organizations for the rest. Then phrases
// that build on a mention: a title before a name ("Russian President Vladimir
// Putin"), a government after one ("Assad's regime", "Syrian government
// forces"), and "the regime" or "the army" alone for the one the article means.
import type { EntityType } from "../schema";
import { countryByCapital, countryByWord } from "./countries";
import { countryWords, escapeRegExp, type EntityBook } from "./entities";
import { slugify } from "./ids";
import { tagged, type Tagged } from "./tagged";
import { normalizePunctuation } from "./normalize";
import { MONTH_NAMES, NUMBER_WORDS } from "../wording";

export type MentionHow =
  | "name"
  | "alias"
  | "surname"
  | "demonym"
  | "capital"
  | "group"
  | "titled"
  | "government"
  | "role"
  | "ner"
  /** A capitalised name nothing else knew ("Hamas"): a guess at its kind, so never a party or a place. */
  | "proper";

export type Mention = {
  /** Offsets in the sentence text. */
  start: number;
  end: number;
  text: string;
  /** Entities the words name: usually one, several for "the presidents of Russia and Turkey". */
  ids: string[];
  /** Who acts when the words are a subject or an object: "Moscow" acts as Russia. */
  actors: string[];
  type: EntityType;
  how: MentionHow;
};

/** What carries over from sentence to sentence while reading one article. */
export type ReadingState = {
  /** The entity last named with each head noun ("army", "government", "rebels"), for "the army" alone. */
  lastByHead: Map<string, string>;
};

export function newReadingState(): ReadingState {
  return { lastByHead: new Map() };
}

const TITLE_HEADS = new Set(
  (
    "president presidents minister ministers chancellor king queen prince emir sultan leader leaders secretary " +
    "secretary-general spokesman spokeswoman spokesperson counterpart envoy ambassador commander governor mayor " +
    "analyst premier official diplomat negotiator head representative general chief adviser advisor"
  ).split(" "),
);
const TITLE_MODIFIERS = new Set(
  (
    "prime foreign defence defense interior finance trade economy deputy vice crown supreme state senior top " +
    "former military special chief"
  ).split(" "),
);
const AFFILIATIONS = new Set<EntityType>(["country", "place", "venue", "organization"]);
const DETERMINERS = new Set(["his", "her", "their", "its", "the"]);

/** All mentions in one sentence, without overlaps, in text order. */
export function findMentions(rawText: string, book: EntityBook, state: ReadingState): Mention[] {
  const text = normalizePunctuation(rawText);
  const found: Mention[] = [];
  const free = (s: number, e: number) => found.every((m) => e <= m.start || s >= m.end);
  const take = (m: Mention) => {
    if (m.end > m.start && free(m.start, m.end)) found.push(m);
  };

  // "pro-Russian rebels" is one side, named for whom it leans to: before a known "rebels" takes the last word.
  armedOpposition(text, book)
    .filter((m) => /^pro-/i.test(m.text))
    .forEach(take);
  knownSurfaces(text, book).forEach(take);
  nationalForces(text, book).forEach(take);
  namedInstitutions(text, book).forEach(take);
  worldPowers(text, book).forEach(take);
  tableCountries(text, book).forEach(take);
  armedOpposition(text, book).forEach(take);
  titledNewPeople(text, book).forEach(take);
  // One tagging of the sentence serves both (tagging is most of a sentence's cost).
  const doc = tagged(text);
  namedByCompromise(text, book, doc).forEach(take);
  otherProperNouns(text, book, doc).forEach(take);

  found.sort((a, b) => a.start - b.start);
  let merged = absorbAcronyms(text, found);
  merged = extendTitles(text, merged, book);
  merged = mergeGovernments(text, merged, book);
  merged = mergePossessed(text, merged);
  merged = bareHeads(text, merged, state, book).sort((a, b) => a.start - b.start);
  for (const m of merged) {
    const id = m.ids[0];
    const entity = id ? book.get(id) : undefined;
    if (!id || !entity || m.ids.length !== 1) continue;
    for (const head of headsOf(entity.name, m.how)) state.lastByHead.set(head, id);
  }
  return merged;
}

/** "Syrian Democratic Forces (SDF)": the bracketed acronym is part of the mention, not a second one. */
function absorbAcronyms(text: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    const bracket = prev ? /^\s*\(([^()]{1,12})\)/.exec(text.slice(prev.end)) : null;
    if (
      prev &&
      bracket &&
      m.start >= prev.end &&
      m.end <= prev.end + bracket[0].length &&
      m.ids.join() === prev.ids.join()
    ) {
      out[out.length - 1] = {
        ...prev,
        end: prev.end + bracket[0].length,
        text: text.slice(prev.start, prev.end + bracket[0].length),
      };
      continue;
    }
    out.push(m);
  }
  return out;
}

function boundedRegExp(surface: string, caseless: boolean): RegExp {
  const first = surface[0] ?? "";
  const head =
    /\p{L}/u.test(first) && !caseless ? `[${first.toLowerCase()}${first.toUpperCase()}]` : escapeRegExp(first);
  const body = escapeRegExp(surface.slice(1));
  return new RegExp(`(?<![\\p{L}\\p{N}])${head}${body}(?![\\p{L}\\p{N}])`, caseless ? "giu" : "gu");
}

function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  return [...text.matchAll(re)];
}

function mention(
  book: EntityBook,
  start: number,
  end: number,
  text: string,
  id: string,
  how: MentionHow,
  actor = id,
): Mention {
  return {
    start,
    end,
    text: text.slice(start, end),
    ids: [id],
    actors: [actor],
    type: book.get(id)?.type ?? "group",
    how,
  };
}

function knownSurfaces(text: string, book: EntityBook): Mention[] {
  const out: Mention[] = [];
  const lower = text.toLowerCase();
  for (const s of book.surfaces()) {
    const surface = normalizePunctuation(s.text);
    // Lowercase aliases ("rebels") match in any case; proper names keep theirs.
    const caseless = surface === surface.toLowerCase();
    // Most names are not in a given sentence: a plain substring test rules them out before any pattern is built.
    if (caseless ? !lower.includes(surface) : !text.includes(surface.slice(1))) continue;
    for (const m of allMatches(boundedRegExp(surface, caseless), text)) {
      // A known capital ("Moscow") is a place that acts as its country.
      const entity = book.get(s.id);
      const capitalOf = entity?.type === "place" ? countryByCapital(entity.name) : undefined;
      const actor = capitalOf ? book.country(capitalOf) : s.id;
      out.push(mention(book, m.index, m.index + m[0].length, text, s.id, capitalOf ? "capital" : s.how, actor));
    }
  }
  return out.sort((a, b) => b.end - b.start - (a.end - a.start));
}

function tableCountries(text: string, book: EntityBook): Mention[] {
  const out: Mention[] = [];
  for (const w of countryWords()) {
    if (!text.includes(w.word)) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(w.word)}(?![\\p{L}\\p{N}])`, "gu");
    for (const m of allMatches(re, text)) {
      const country = book.country(w.info);
      if (w.how === "capital") {
        const place = book.place(w.word);
        out.push(mention(book, m.index, m.index + m[0].length, text, place, "capital", country));
      } else {
        out.push(
          mention(book, m.index, m.index + m[0].length, text, country, w.how === "demonym" ? "demonym" : "name"),
        );
      }
    }
  }
  return out;
}

const OPPOSITION = new RegExp(
  String.raw`(?<![\p{L}])(?:(pro-[A-Z][a-z]+|[A-Z][a-z]+)\s+)?(?:(?:armed|moderate|Islamist)\s+)?` +
    String.raw`(?:(?:opposition|rebel|separatist)\s+(?:fighters|forces|groups|factions|militias|delegation|leaders)|rebels|insurgents|separatists|(?<=[A-Z][a-z]+\s)opposition)(?![\p{L}])`,
  "gu",
);

function armedOpposition(text: string, book: EntityBook): Mention[] {
  return allMatches(OPPOSITION, text).flatMap((m) => {
    const end = m.index + m[0].length;
    // The group's own word: a mention of its own when the word before it ("Moscow", "Syrian") is already one.
    const headAt = m[1] ? m.index + m[1].length + 1 : m.index;
    // "pro-Russian rebels", "separatists": a side named for whom it leans to, or by its own word.
    const pro = m[1]?.startsWith("pro-") ? m[0].replace(/^(?:armed|moderate)\s+/i, "") : undefined;
    if (pro || /separatist/i.test(m[0])) {
      const name = pro ?? "separatists";
      const id = book.findByName(name)?.id ?? book.add({ id: slugify(name), type: "group", name, aliases: [] });
      const full = mention(book, m.index, end, text, id, "group");
      return headAt > m.index ? [full, mention(book, headAt, end, text, id, "group")] : [full];
    }
    const modifier = m[1] ? countryByWord(m[1]) : undefined;
    const id = book.rebels(modifier ? m[1] : undefined);
    // A leading capital that is not a demonym ("Turkey backs rebels") is not part of the group.
    const start = m[1] && !modifier ? headAt : m.index;
    const full = mention(book, start, end, text, id, "group");
    return start < headAt ? [full, mention(book, headAt, end, text, id, "group")] : [full];
  });
}

const NAME_WORD = String.raw`(?:(?:al|el|bin|ibn|van|von|de|da)-?)?\p{Lu}[\p{L}'-]+`;
const TITLED_NAME = new RegExp(
  String.raw`\b(?:President|Minister|Chancellor|Premier|spokesman|spokeswoman|spokesperson|counterpart|envoy|ambassador|leader|analyst|Secretary|King|Queen|Emir|Governor|Mayor|General)(?:\s+(?:of|for)\s+\p{Lu}[\p{L}-]+(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]+)?)?,?\s+` +
    String.raw`(${NAME_WORD}(?:\s+(?:(?:al|el|bin|ibn|van|von|de|da)[\s-])?\p{Lu}[\p{L}'-]+){1,3})`,
  "gu",
);

/** "Foreign Minister Mevlut Cavusoglu": a title followed by two to four capitalised words names a person. */
function titledNewPeople(text: string, book: EntityBook): Mention[] {
  const out: Mention[] = [];
  for (const m of allMatches(TITLED_NAME, text)) {
    const name = (m[1] ?? "").replace(/'s$/, "");
    const start = m.index + m[0].length - (m[1] ?? "").length;
    if (countryByWord(name.split(/\s+/)[0] ?? "")) continue;
    const id =
      book.findByName(name, ["person"])?.id ?? book.add({ id: slugify(name), type: "person", name, aliases: [] });
    out.push(mention(book, start, start + name.length, text, id, "ner"));
  }
  return out;
}

type OffsetJson = { text: string; offset?: { start: number; length: number } };

/** compromise's named entities for what the known list and the table missed. */
function namedByCompromise(text: string, book: EntityBook, doc: Tagged): Mention[] {
  const out: Mention[] = [];
  const each = (items: OffsetJson[], type: EntityType) => {
    for (const item of items) {
      if (!item.offset) continue;
      const cleaned = cleanName(text, item.offset.start, item.offset.start + item.offset.length);
      if (!cleaned) continue;
      const { start, end } = cleaned;
      // A dateline shouts ("JEDDAH"): the entity gets the name in ordinary case.
      const name = /^[\p{Lu}\s'-]{5,}$/u.test(cleaned.name) ? titleCase(cleaned.name) : cleaned.name;
      if (countryByWord(name)) continue;
      if (type === "person") {
        const words = name.split(/\s+/);
        if (words.length < 2 || !words.every((w) => /^(?:(?:al|el|bin|ibn)-)?\p{Lu}/u.test(w))) continue;
      }
      if (!/^\p{Lu}/u.test(name)) continue;
      const id =
        type === "place"
          ? book.place(name)
          : (book.findByName(name, [type])?.id ?? book.add({ id: slugify(name), type, name, aliases: [] }));
      out.push(mention(book, start, end, text, id, "ner"));
    }
  };
  each(doc.people().json({ offset: true }) as OffsetJson[], "person");
  each(doc.places().json({ offset: true }) as OffsetJson[], "place");
  each(doc.organizations().json({ offset: true }) as OffsetJson[], "organization");
  return out;
}

type TermJson = { text: string; tags: string[] };
type MatchJson = OffsetJson & { terms: TermJson[] };

/** Proper nouns compromise tags that no rule above named: "Hamas", "the Houthis". */
function otherProperNouns(text: string, book: EntityBook, doc: Tagged): Mention[] {
  const out: Mention[] = [];
  for (const item of doc.match("#ProperNoun+").json({ offset: true }) as MatchJson[]) {
    if (!item.offset) continue;
    const cleaned = cleanName(text, item.offset.start, item.offset.start + item.offset.length);
    if (!cleaned || !/^\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)*$/u.test(cleaned.name)) continue;
    const tags = new Set(item.terms.flatMap((t) => t.tags));
    if (["Date", "Month", "WeekDay", "Value", "Pronoun"].some((t) => tags.has(t)) || countryByWord(cleaned.name))
      continue;
    // "Two days of talks", "The May memorandum": a count or a month opening a phrase names no one.
    const lower = cleaned.name.toLowerCase();
    if (lower in NUMBER_WORDS || MONTH_NAMES.some((m) => m.toLowerCase() === lower)) continue;
    // A capitalised function word opening a sentence ("Under the Tacna agreement") names nothing.
    if (
      /^(?:Under|In|On|At|By|For|From|With|After|Before|While|When|But|And|Meanwhile|According|However|Also|Separately)$/.test(
        cleaned.name,
      )
    )
      continue;
    // "the North", "the South": the country of that half the article has named ("North Korea").
    if (/^(?:North|South|East|West)$/.test(cleaned.name)) {
      const halves = [...book.countriesSeen].filter((n) => n.startsWith(`${cleaned.name} `));
      const info = halves.length === 1 ? countryByWord(halves[0] ?? "") : undefined;
      if (info && /\bthe\s+$/i.test(text.slice(0, cleaned.start)))
        out.push(mention(book, cleaned.start, cleaned.end, text, book.country(info), "alias"));
      continue;
    }
    const words = cleaned.name.toLowerCase().split(/\s+/);
    if (words.every((w) => TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w))) continue;
    const isPlace = tags.has("Place") || tags.has("City");
    if (tags.has("Person") && !isPlace) continue; // single names of people are too unsure to keep
    const type: EntityType = isPlace
      ? "place"
      : titledAfter(text, cleaned.end) && cleaned.name.includes(" ")
        ? "person"
        : tags.has("Organization")
          ? "organization"
          : "group";
    const id = isPlace
      ? book.place(cleaned.name)
      : (book.findByName(cleaned.name)?.id ??
        book.add({ id: slugify(cleaned.name), type, name: cleaned.name, aliases: [] }));
    out.push(mention(book, cleaned.start, cleaned.end, text, id, "proper"));
  }
  return out;
}

/** ", national security adviser to ...", ", spokesman for ...": an office in apposition says the name is a person's. */
function titledAfter(text: string, end: number): boolean {
  const phrase =
    /^,\s+(?:(?:the|a|an|its|his|her|their)\s+)?([^,;]{1,60}?)(?=\s+(?:to|for|of|in|at)\s|\s*[,;.]|$)/u.exec(
      text.slice(end),
    )?.[1];
  const words = phrase?.split(/\s+/) ?? [];
  const head = words[words.length - 1]?.toLowerCase();
  if (!head || !TITLE_HEADS.has(head) || words.length > 5) return false;
  // Before the office word: lowercase modifiers ("national security") or a country word ("U.N.", "Syrian").
  return words.slice(0, -1).every((w) => /^[a-z-]+$/.test(w) || countryByWord(w) !== undefined);
}

/** Trims punctuation, a possessive and leading titles from a name compromise found. */
function cleanName(text: string, start: number, end: number): { start: number; end: number; name: string } | undefined {
  let s = start;
  let e = end;
  let name = text.slice(s, e);
  const trail = /(?:'s|')?[\s,.;:!?"()-]*$/.exec(name);
  if (trail && trail[0].length > 0) {
    e -= trail[0].length;
    name = text.slice(s, e);
  }
  const lead = /^[\s"'(-]*(?:the\s+)?/i.exec(name);
  if (lead && lead[0].length > 0) {
    s += lead[0].length;
    name = text.slice(s, e);
  }
  for (;;) {
    const first = /^(\S+)\s+/.exec(name);
    const w = first?.[1]?.toLowerCase();
    // "Lebanon's Hezbollah": a country's name before a name is where it belongs, not part of it.
    const country = countryByWord((first?.[1] ?? "").replace(/'s?$/, ""));
    if (!first || !w || !(TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w) || country)) break;
    s += first[0].length;
    name = text.slice(s, e);
  }
  // "Caribbean city of Cartagena", "Black Sea resort of Sochi": the name is what follows "of".
  const of = /^.*?\b(?:city|town|resort|port|village|region|province|capital)\s+of\s+/i.exec(name);
  if (of) {
    s += of[0].length;
    name = text.slice(s, e);
  }
  return name.length > 1 ? { start: s, end: e, name } : undefined;
}

/**
 * A title before a person joins the mention and teaches the book the person's
 * role: "Russian President Vladimir Putin", "his Turkish counterpart Recep
 * Tayyip Erdogan", "Kremlin spokesman Dmitry Peskov".
 */
function extendTitles(text: string, mentions: Mention[], book: EntityBook): Mention[] {
  const out: Mention[] = [];
  let lastTitle: string | undefined;
  for (const m of mentions) {
    if (m.type !== "person") {
      out.push(m);
      continue;
    }
    let start = m.start;
    const words: string[] = [];
    let country: string | undefined;
    for (;;) {
      const before = text.slice(0, start);
      // "Secretary of State", "Minister of Foreign Affairs"
      const ofTitle = /([\p{L}-]+)\s+(?:of|for)\s+(\p{Lu}[\p{L}-]+(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]+)?),?\s+$/u.exec(
        before,
      );
      if (ofTitle && TITLE_HEADS.has((ofTitle[1] ?? "").toLowerCase())) {
        words.unshift(ofTitle[0].trim().replace(/,$/, ""));
        start = ofTitle.index;
        continue;
      }
      const w = /([\p{L}-]+),?\s+$/u.exec(before);
      const lower = w?.[1]?.toLowerCase();
      if (w && lower && (TITLE_HEADS.has(lower) || (words.length > 0 && TITLE_MODIFIERS.has(lower)))) {
        words.unshift(w[1] ?? "");
        start = w.index;
        continue;
      }
      // An affiliation before the title: a country word or an institution.
      const prev = out[out.length - 1];
      const affiliation = prev && (AFFILIATIONS.has(prev.type) || prev.how === "demonym" || prev.how === "capital");
      if (
        words.length > 0 &&
        prev &&
        affiliation &&
        prev.end <= start &&
        /^(?:'s)?\s+$/.test(text.slice(prev.end, start))
      ) {
        if (prev.type === "country" || prev.how === "demonym" || prev.how === "capital") country = prev.actors[0];
        start = prev.start;
        out.pop();
        continue;
      }
      break;
    }
    if (words.length === 0) {
      out.push(m);
      continue;
    }
    const det = /(?:^|\s)((?:his|her|their|its|the))\s+$/i.exec(text.slice(0, start));
    if (det?.[1] && DETERMINERS.has(det[1].toLowerCase())) start -= det[0].length - (det[0].startsWith(" ") ? 1 : 0);
    // Words the title took over are no longer mentions of their own.
    while (out.length > 0 && (out[out.length - 1]?.end ?? 0) > start) out.pop();
    let title = words.join(" ");
    if (/counterpart/i.test(title) && lastTitle) title = lastTitle;
    else lastTitle = title;
    const id = m.ids[0] ?? "";
    const prior = book.roles.get(id);
    if (!prior || (!prior.country && country)) {
      book.roles.set(id, {
        title: prior?.title ?? title,
        ...((country ?? prior?.country) ? { country: country ?? prior?.country } : {}),
      });
    }
    out.push({ ...m, start, text: text.slice(start, m.end), how: "titled" });
  }
  return out;
}

/** "federal government", "transitional government": the country's government all the same. */
const GOVERNMENT_KIND = String.raw`(?:(?:federal|central|national|transitional|interim)\s+)?`;
const GOVERNMENT_AFTER = new RegExp(
  String.raw`^(?:'s)?\s+${GOVERNMENT_KIND}(?:government|regime)(?:\s+(?:forces|troops))?(?![\p{L}])`,
  "u",
);
const FORCES_AFTER = new RegExp(String.raw`^(?:'s)?\s+${GOVERNMENT_KIND}(?:forces|troops|army)(?![\p{L}])`, "u");

/** "Assad's regime", "the Syrian government", "Damascus regime", "Syrian forces". */
function mergeGovernments(text: string, mentions: Mention[], book: EntityBook): Mention[] {
  return mentions.map((m) => {
    const rest = text.slice(m.end);
    const gov = GOVERNMENT_AFTER.exec(rest);
    const forces = gov ? undefined : FORCES_AFTER.exec(rest);
    if (!gov && !forces) return m;
    const actor = m.actors[0] ?? "";
    const country =
      m.type === "country" || m.how === "demonym" || m.how === "capital"
        ? actor
        : m.type === "person"
          ? book.countryOf(actor)
          : undefined;
    if (!country) return m;
    // "Assad's forces" are his government's when the article knows one.
    if (forces && !book.findGovernment(country)) return m;
    const id = book.governmentOf(country);
    const theBefore = /(?:^|\s)the\s+$/i.exec(text.slice(0, m.start));
    const start = theBefore ? m.start - (theBefore[0].length - (theBefore[0].startsWith(" ") ? 1 : 0)) : m.start;
    const end = m.end + (gov ?? forces)![0].length;
    // The words the article uses for it ("Ethiopia's federal government") are its names from now on.
    book.addAlias(id, text.slice(m.start, end));
    return {
      start,
      end,
      text: text.slice(start, end),
      ids: [id],
      actors: [id],
      type: book.get(id)?.type ?? "organization",
      how: "government" as const,
    };
  });
}

/**
 * "Lebanon's Hezbollah", "Iran's Revolutionary Guards": a country's group is one
 * mention of the group, so a list reads "the Syrian government and Lebanon's
 * Hezbollah" as two sides, not the possessor of a third.
 */
function mergePossessed(text: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    const owner = prev && (prev.type === "country" || prev.how === "capital") && prev.how !== "demonym";
    // A name only guessed at ("proper") is owned whatever kind it was guessed to be: compromise reads
    // "Lebanon's Hezbollah" as a place.
    const owned = ((m.type === "group" || m.type === "organization") && m.how !== "government") || m.how === "proper";
    if (prev && owner && owned && /^'s?\s+$/.test(text.slice(prev.end, m.start))) {
      out[out.length - 1] = { ...m, start: prev.start, text: text.slice(prev.start, m.end) };
      continue;
    }
    out.push(m);
  }
  return out;
}

const HEAD_WORDS = ["army", "military", "regime", "government", "rebels", "junta", "militia", "opposition", "navy"];
const SAME_HEAD: Record<string, string[]> = { regime: ["regime", "government"], government: ["government", "regime"] };

/** The head nouns an entity can be referred back to by ("the army" for the Sudanese army). */
function headsOf(name: string, how: MentionHow): string[] {
  const last = name.toLowerCase().split(/\s+/).pop() ?? "";
  const heads = HEAD_WORDS.includes(last) ? (SAME_HEAD[last] ?? [last]) : [];
  return how === "government" ? [...new Set([...heads, "regime", "government"])] : heads;
}

/** "the regime", "the army" alone mean the one the article last named with that word. */
function bareHeads(text: string, mentions: Mention[], state: ReadingState, book: EntityBook): Mention[] {
  const out = [...mentions];
  const re = new RegExp(`\\bthe\\s+(${HEAD_WORDS.join("|")})\\b`, "gi");
  for (const m of text.matchAll(re)) {
    const head = (m[1] ?? "").toLowerCase();
    const earlier = [...out]
      .sort((a, b) => b.start - a.start)
      .find(
        (x) =>
          x.end <= m.index && x.ids.length === 1 && headsOf(book.get(x.ids[0] ?? "")?.name ?? "", x.how).includes(head),
      );
    const id = earlier?.ids[0] ?? state.lastByHead.get(head);
    const s = m.index;
    const e = s + m[0].length;
    if (!id || !out.every((x) => e <= x.start || s >= x.end)) continue;
    const how: MentionHow = head === "regime" || head === "government" ? "government" : "alias";
    out.push({
      start: s,
      end: e,
      text: text.slice(s, e),
      ids: [id],
      actors: [id],
      type: book.get(id)?.type ?? "group",
      how,
    });
  }
  return out;
}

const POWERS = new RegExp(
  String.raw`(?<![\p{L}])(?:(${Object.keys(NUMBER_WORDS).join("|")}|\d+)\s+)?((?:world|major|global|great|western|Western)\s+)?powers(?![\p{L}])`,
  "gu",
);

/**
 * "six world powers", "the six powers", "the major powers": states a report
 * names together as one side. The first wording names the group; a later one
 * with the same count ("the six powers") is the same group.
 */
function worldPowers(text: string, book: EntityBook): Mention[] {
  const out: Mention[] = [];
  for (const m of allMatches(POWERS, text)) {
    const count = m[1]?.toLowerCase();
    // "the six powers" needs its count; "powers" alone needs a word saying which.
    if (!count && !m[2]) continue;
    if (count && !m[2] && !/\bthe\s+$/i.test(text.slice(0, m.index))) continue;
    const name = m[0];
    const same =
      book.findByName(name) ??
      book
        .all()
        .find(
          (e) =>
            e.type === "group" &&
            /\bpowers$/.test(e.name) &&
            count !== undefined &&
            e.name.toLowerCase().startsWith(`${count} `),
        );
    const id = same?.id ?? book.add({ id: slugify(name), type: "group", name, aliases: [] });
    if (same && same.name !== name) book.addAlias(id, name);
    out.push(mention(book, m.index, m.index + name.length, text, id, "group"));
  }
  return out;
}

const FORCE_HEADS = String.raw`(?:armed forces|army|military|navy|air force)`;

/** "Sudan's army", "the Sudanese military": a country's armed forces, known or new. */
function nationalForces(text: string, book: EntityBook): Mention[] {
  const out: Mention[] = [];
  for (const w of countryWords()) {
    if (w.how === "capital" || !text.includes(w.word)) continue;
    const poss = w.how === "name" ? "'s" : "";
    const re = new RegExp(`(?<![\\p{L}])${escapeRegExp(w.word)}${poss}\\s+(${FORCE_HEADS})(?![\\p{L}])`, "gu");
    for (const m of allMatches(re, text)) {
      const head = (m[1] ?? "").toLowerCase();
      const demonym = w.info.demonyms[0] ?? w.info.name;
      const name = `${demonym} ${head}`;
      const known = book.findByName(m[0]) ?? book.findByName(name) ?? book.findByName(`${w.info.name}'s ${head}`);
      const id =
        known?.id ??
        book.add({
          id: slugify(name),
          type: "group",
          name,
          aliases: [`${w.info.name}'s ${head}`],
          country: book.country(w.info),
        });
      const the = /(?:^|\s)the\s+$/i.exec(text.slice(0, m.index));
      const start = the ? m.index - (the[0].length - (the[0].startsWith(" ") ? 1 : 0)) : m.index;
      out.push(mention(book, start, m.index + m[0].length, text, id, "alias"));
    }
  }
  return out;
}

const INSTITUTION_HEADS =
  "Forces|Army|Front|Movement|Party|Council|Brigades?|Group|Militia|Union|Organi[sz]ation|Agency|Ministry|Committee|Commission|Bank|Fund|Alliance|Coalition|Centre|Center|Institute|Corps|Guard|Court|Tribunal|Assembly|Parliament|Congress|Senate|Authority|Association|Federation|League|Company|Corporation|Observatory|Department";
const ARMED_HEADS = /^(?:Forces|Army|Front|Movement|Brigades?|Militia|Corps|Guard)$/;
const INSTITUTION = new RegExp(
  String.raw`(?<![\p{L}])((?:\p{Lu}[\p{L}'-]+\s+)(?:(?:of|for|and|the)\s+|\p{Lu}[\p{L}'-]+\s+){0,5}(?:${INSTITUTION_HEADS}))(?![\p{L}])(?:\s+\((\p{Lu}[\p{Lu}\d-]{1,7})\))?`,
  "gu",
);
const LEADING_FUNCTION_WORDS =
  /^(?:(?:The|A|An|Under|Last|This|That|In|On|At|By|For|From|With|After|Before|While|When|But|And|Meanwhile|According|\p{Lu}[\p{L}]*-(?:led|backed|based|run|controlled|held|linked|allied))\s+)+/u;

/** "the paramilitary Rapid Support Forces (RSF)": a capitalised name ending in an institution word; an acronym after it becomes an alias. */
function namedInstitutions(text: string, book: EntityBook): Mention[] {
  const out: Mention[] = [];
  for (const m of allMatches(INSTITUTION, text)) {
    const raw = m[1] ?? "";
    const lead = LEADING_FUNCTION_WORDS.exec(raw)?.[0] ?? "";
    const name = raw.slice(lead.length);
    if (name.split(/\s+/).length < 2) continue;
    const start = m.index + lead.length;
    const head = name.split(/\s+/).pop() ?? "";
    const acronym = m[2];
    // The acronym in brackets belongs to the mention: "Rapid Support Forces (RSF)".
    const end = acronym ? m.index + m[0].length : start + name.length;
    const known = book.findByName(name) ?? (acronym ? book.findByName(acronym) : undefined);
    const id =
      known?.id ??
      book.add({
        id: slugify(name),
        type: ARMED_HEADS.test(head) ? "group" : "organization",
        name,
        aliases: acronym ? [acronym] : [],
      });
    out.push(mention(book, start, end, text, id, "ner"));
  }
  return out;
}

function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

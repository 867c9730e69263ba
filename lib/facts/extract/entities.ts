// The entities an extraction run knows about: those of content/entities.yaml,
// plus the ones it meets in the article. Names, aliases, surnames, demonyms and
// capitals all lead to one id, so "Russian", "Moscow" and "Russia" are one
// country and "the Syrian regime" and "Assad's government" are one government.
import type { Entity, EntityType } from "../schema";
import { COUNTRIES, countryByWord, type CountryInfo } from "./countries";
import { slugify } from "./ids";

/** A way the text can name an entity. */
export type Surface = {
  text: string;
  id: string;
  how: "name" | "alias" | "surname";
};

/** What a person is called in the article: "Russian President", "Kremlin spokesman". */
export type Role = { title: string; country?: string };

const GOVERNMENT_WORDS = /\b(?:government|regime|authorities|administration)\b/i;
const REBEL_WORDS = /\b(?:rebels?|opposition|insurgents?)\b/i;

export class EntityBook {
  private readonly byId = new Map<string, Entity>();
  private readonly knownIds: ReadonlySet<string>;
  private surfaceList: Surface[] | undefined;
  /** Titles and countries of people, learned from the article ("Turkish President X"). */
  readonly roles = new Map<string, Role>();
  private readonly placeNames = new Map<string, string>();
  /** Entities by each of their names and aliases (nameKey), in byId order: a lookup costs the same however many there are. */
  private readonly byName = new Map<string, Entity[]>();

  constructor(known: readonly Entity[]) {
    // Sorted, so nothing depends on the order of the entities file.
    for (const e of [...known].sort((a, b) => a.id.localeCompare(b.id))) this.byId.set(e.id, e);
    this.knownIds = new Set(known.map((e) => e.id));
    for (const e of this.byId.values()) this.indexNames(e);
  }

  private indexNames(e: Entity): void {
    for (const key of new Set([e.name, ...e.aliases].map(nameKey))) {
      const list = this.byName.get(key);
      if (list) list.push(e);
      else this.byName.set(key, [e]);
    }
  }

  get(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  all(): Entity[] {
    return [...this.byId.values()];
  }

  /** Entities met in the text that the known list did not have, in the order found. */
  added(): Entity[] {
    return this.all().filter((e) => !this.knownIds.has(e.id));
  }

  /** The entity a surface names exactly (name or alias, any case). */
  findByName(name: string, types?: readonly EntityType[]): Entity | undefined {
    return this.byName.get(nameKey(name))?.find((e) => !types || types.includes(e.type));
  }

  /**
   * Adds an entity met in the text. A name belongs to one entity only (as
   * content:check requires): an entity with that id or name wins, and aliases
   * another entity already uses are left out.
   */
  add(entity: Entity): string {
    const existing = this.byId.get(entity.id) ?? this.findByName(entity.name);
    if (existing) return existing.id;
    const aliases = entity.aliases.filter((a) => !this.findByName(a));
    const added = { ...entity, aliases };
    this.byId.set(entity.id, added);
    this.indexNames(added);
    this.surfaceList = undefined;
    return entity.id;
  }

  /**
   * Another name the article uses for an entity it met (never one of the known
   * list, whose names are curated), unless another entity already has it.
   */
  addAlias(id: string, alias: string): void {
    const e = this.byId.get(id);
    if (!e || this.knownIds.has(id) || this.findByName(alias)) return;
    // The book made this object itself (add), so it may grow in place.
    e.aliases.push(alias);
    this.byName.set(nameKey(alias), [e]);
    this.surfaceList = undefined;
  }

  /** Ways the text can name the entities, longest first so "Bashar al-Assad" beats "Assad". */
  surfaces(): Surface[] {
    if (this.surfaceList) return this.surfaceList;
    const list: Surface[] = [];
    const surnameOwners = new Map<string, Set<string>>();
    for (const e of this.byId.values()) {
      list.push({ text: e.name, id: e.id, how: "name" });
      for (const a of e.aliases) list.push({ text: a, id: e.id, how: "alias" });
      if (e.type !== "person") continue;
      for (const full of [e.name, ...e.aliases]) {
        for (const s of surnamesOf(full)) {
          const owners = surnameOwners.get(s) ?? new Set<string>();
          owners.add(e.id);
          surnameOwners.set(s, owners);
        }
      }
    }
    const taken = new Set(list.map((s) => s.text.toLowerCase()));
    for (const [s, owners] of surnameOwners) {
      // A surname two people share names neither of them.
      const [only] = owners;
      if (owners.size === 1 && only && !taken.has(s.toLowerCase())) list.push({ text: s, id: only, how: "surname" });
    }
    list.sort((a, b) => b.text.length - a.text.length || a.text.localeCompare(b.text));
    this.surfaceList = list;
    return list;
  }

  /** The country entity for a row of the country table, known or new. */
  /** Countries the text has named so far (by their table name). */
  readonly countriesSeen = new Set<string>();

  country(info: CountryInfo): string {
    this.countriesSeen.add(info.name);
    const names = [info.name, ...info.aliases];
    for (const e of this.byId.values()) {
      if (e.type !== "country") continue;
      if ([e.name, ...e.aliases].some((s) => names.some((n) => n.toLowerCase() === s.toLowerCase()))) return e.id;
    }
    return this.add({ id: slugify(info.name), type: "country", name: info.name, aliases: [] });
  }

  /** The table row of a country entity, through its name or aliases. */
  countryInfo(id: string): CountryInfo | undefined {
    const e = this.byId.get(id);
    if (!e || e.type !== "country") return undefined;
    for (const n of [e.name, ...e.aliases]) {
      const info = countryByWord(n);
      if (info) return info;
    }
    return undefined;
  }

  /** The country a person belongs to: from the entity file, else from the article. */
  countryOf(personId: string): string | undefined {
    return this.byId.get(personId)?.country ?? this.roles.get(personId)?.country;
  }

  /**
   * The government (or regime) of a country: a known entity whose name or an
   * alias says "<Syrian|Syria|Damascus|Assad> government/regime", else a new one.
   */
  governmentOf(countryId: string): string {
    const found = this.findGovernment(countryId);
    if (found) return found;
    const info = this.countryInfo(countryId);
    const demonym = info?.demonyms[0] ?? this.byId.get(countryId)?.name ?? countryId;
    return this.add({
      id: `${countryId}-government`,
      type: "organization",
      name: `${demonym} government`,
      aliases: [`${demonym} regime`],
    });
  }

  /** The known (or already added) government of a country, without adding one. */
  findGovernment(countryId: string): string | undefined {
    const info = this.countryInfo(countryId);
    const country = this.byId.get(countryId);
    const words = new Set<string>(
      [country?.name, ...(country?.aliases ?? []), info?.name, ...(info?.demonyms ?? []), info?.capital]
        .filter((w): w is string => typeof w === "string")
        .map((w) => w.toLowerCase()),
    );
    // A government is also named after its leader: "the Assad regime".
    for (const p of this.byId.values()) {
      if (p.type === "person" && this.countryOf(p.id) === countryId) {
        for (const s of surnamesOf(p.name)) words.add(s.toLowerCase());
      }
    }
    for (const e of this.byId.values()) {
      if (e.type === "person" || e.type === "country" || e.type === "place" || e.type === "venue") continue;
      const names = [e.name, ...e.aliases];
      const says = names.some((n) => {
        if (!GOVERNMENT_WORDS.test(n)) return false;
        const lower = n.toLowerCase().replace(/'s\b/g, "");
        return [...words].some((w) => new RegExp(`(?:^|\\s|-)${escapeRegExp(w)}(?:\\s|$)`).test(lower));
      });
      if (says) return e.id;
    }
    return undefined;
  }

  /** Armed opposition: a known group named rebels/opposition, else a new one. */
  rebels(modifier?: string): string {
    // "Syrian rebels" are not the rebels of an article about another country.
    const elsewhere = (e: Entity) => {
      const info = countryByWord(e.name.split(/\s+/)[0] ?? "");
      return info !== undefined && this.countriesSeen.size > 0 && !this.countriesSeen.has(info.name);
    };
    const candidates = [...this.byId.values()].filter(
      (e) => e.type === "group" && [e.name, ...e.aliases].some((n) => REBEL_WORDS.test(n)) && !elsewhere(e),
    );
    if (modifier) {
      const m = modifier.toLowerCase();
      const named = candidates.find((e) => [e.name, ...e.aliases].some((n) => n.toLowerCase().includes(m)));
      if (named) return named.id;
    }
    const first = candidates[0];
    if (first) return first.id;
    const name = modifier ? `${modifier} rebels` : "rebels";
    return this.add({ id: slugify(name), type: "group", name, aliases: [] });
  }

  /** A place named in the text: the entity of that name (even a country listing a city as an alias), else a new place. */
  place(name: string): string {
    const info = countryByWord(name);
    const id =
      (this.findByName(name, ["place", "venue"]) ?? this.findByName(name))?.id ??
      (info && info.name.toLowerCase() === name.toLowerCase()
        ? this.country(info)
        : this.add({ id: slugify(name), type: "place", name, aliases: [] }));
    if (!this.placeNames.has(id)) this.placeNames.set(id, name);
    return id;
  }

  /** How the text named a place ("Ankara", though the entity file files it under Turkey). */
  placeName(id: string): string | undefined {
    return this.placeNames.get(id) ?? this.byId.get(id)?.name;
  }

  /** The one person of a country the article gives this title ("president"). */
  personWithRole(countryId: string, title: string): string | undefined {
    const t = title.toLowerCase();
    const matches = [...this.roles.entries()].filter(
      ([id, r]) => this.countryOf(id) === countryId && r.title.toLowerCase().split(/\s+/).includes(t),
    );
    return matches.length === 1 ? matches[0]?.[0] : undefined;
  }
}

/**
 * "Bashar al-Assad" -> ["al-Assad", "Assad"]; one-word names have no surname.
 * A name written family name first, as Korean and Chinese names are in English
 * copy ("Kim Jong Un", "Moon Jae-in", "Xi Jinping"), is referred to by its first
 * word: its given name is a hyphenated pair with a lowercase second half or a
 * word of two letters, or the family name is one of two letters.
 */
export function surnamesOf(name: string): string[] {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return [];
  const first = words[0] ?? "";
  const last = words[words.length - 1] ?? "";
  const givenAfter = words.slice(1);
  const familyFirst =
    /^\p{Lu}\p{Ll}+$/u.test(first) &&
    (first.length === 2 || givenAfter.some((w) => /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(w) || /^\p{Lu}\p{Ll}$/u.test(w)));
  if (familyFirst) return [first];
  if (!/^\p{Lu}/u.test(last.replace(/^(?:al|el|ad|as|ar)-/, "")) || last.length < 3) return [];
  const bare = last.replace(/^(?:al|el|ad|as|ar)-/, "");
  return bare === last ? [last] : [last, bare];
}

/** How names are compared: case, composed accents and spacing do not matter. */
function nameKey(name: string): string {
  return name.normalize("NFKC").toLocaleLowerCase("en").replace(/\s+/g, " ").trim();
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Every country word of the table: names, aliases, demonyms and capitals. */
let countryWordList: { word: string; info: CountryInfo; how: "name" | "demonym" | "capital" }[] | undefined;

export function countryWords(): { word: string; info: CountryInfo; how: "name" | "demonym" | "capital" }[] {
  // The table never changes: built and sorted once, not once per sentence.
  if (countryWordList) return countryWordList;
  const out: { word: string; info: CountryInfo; how: "name" | "demonym" | "capital" }[] = [];
  for (const info of COUNTRIES) {
    for (const n of [info.name, ...info.aliases]) out.push({ word: n, info, how: "name" });
    for (const d of info.demonyms) out.push({ word: d, info, how: "demonym" });
    if (info.capital) out.push({ word: info.capital, info, how: "capital" });
  }
  countryWordList = out.sort((a, b) => b.word.length - a.word.length);
  return countryWordList;
}

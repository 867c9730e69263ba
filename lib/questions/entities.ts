// The entities facts talk about, found by any of their names.
import type { Entity, EntityType } from "../facts/schema";
import { normalizeName, normalizeText } from "./text";

export type EntityIndex = {
  get(id: string): Entity | undefined;
  /** The entity's name, or a readable form of its id when it is not listed. */
  name(id: string): string;
  /** Every name the articles use for it, the main one first. */
  names(id: string): string[];
  type(id: string): EntityType | undefined;
  /** For people: the country they belong to. */
  country(id: string): string | undefined;
  /** The one entity with this name or alias; undefined when none or several. */
  resolve(text: string): string | undefined;
  ofType(type: EntityType): string[];
  /** Whether the text names the entity by any of its names, as whole words. */
  isMentioned(id: string, text: string): boolean;
  /** The same test against several texts, normalised once. */
  mentionTest(texts: readonly string[]): (id: string) => boolean;
  /** Every entity the text names (a scan of all names: for occasional use, not per candidate). */
  mentionedIn(text: string): string[];
};

function humanize(id: string): string {
  return id
    .split("-")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
}

export function indexEntities(entities: readonly Entity[]): EntityIndex {
  const byId = new Map<string, Entity>();
  const byName = new Map<string, Set<string>>();
  const byType = new Map<EntityType, string[]>();
  for (const entity of entities) {
    byId.set(entity.id, entity);
    const list = byType.get(entity.type) ?? [];
    list.push(entity.id);
    byType.set(entity.type, list);
    for (const name of [entity.name, ...entity.aliases]) {
      const key = normalizeName(name);
      if (key === "") continue;
      const ids = byName.get(key) ?? new Set<string>();
      ids.add(entity.id);
      byName.set(key, ids);
    }
  }
  for (const list of byType.values()) list.sort();

  const names = (id: string): string[] => {
    const entity = byId.get(id);
    return entity ? [entity.name, ...entity.aliases] : [humanize(id)];
  };
  const normalizedNames = new Map<string, string[]>();
  const keysOf = (id: string): string[] => {
    let keys = normalizedNames.get(id);
    if (!keys) {
      keys = names(id)
        .map((n) => normalizeText(n))
        .filter((n) => n !== "");
      normalizedNames.set(id, keys);
    }
    return keys;
  };
  const mentionTest = (texts: readonly string[]) => {
    const padded = texts.map((t) => ` ${normalizeText(t)} `);
    return (id: string) => keysOf(id).some((k) => padded.some((t) => t.includes(` ${k} `)));
  };

  return {
    get: (id) => byId.get(id),
    name: (id) => byId.get(id)?.name ?? humanize(id),
    names,
    type: (id) => byId.get(id)?.type,
    country: (id) => byId.get(id)?.country,
    resolve(text) {
      const ids = byName.get(normalizeName(text));
      if (!ids || ids.size !== 1) return undefined;
      return ids.values().next().value;
    },
    ofType: (type) => byType.get(type) ?? [],
    isMentioned: (id, text) => mentionTest([text])(id),
    mentionedIn(text) {
      const test = mentionTest([text]);
      return [...byId.keys()].filter((id) => test(id)).sort();
    },
    mentionTest,
  };
}

const TYPE_NOUNS: Record<EntityType, [singular: string, plural: string]> = {
  country: ["country", "countries"],
  person: ["person", "people"],
  place: ["place", "places"],
  group: ["group", "groups"],
  organization: ["organisation", "organisations"],
  agreement: ["agreement", "agreements"],
  venue: ["venue", "venues"],
  talks: ["set of talks", "sets of talks"],
};

/** "country" / "countries", for prompts like "Which country backs ...?". */
export function typeNoun(type: EntityType | undefined, plural = false): string {
  const nouns = type ? TYPE_NOUNS[type] : (["one", "ones"] as const);
  return plural ? nouns[1] : nouns[0];
}

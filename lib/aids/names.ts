// Entity ids → the names learners read.
import type { EntityName } from "./types";

export type NameOf = (id: string) => string;

/**
 * A lookup that never fails: an id the entity list lacks (a teacher's new fact
 * ahead of its entity) reads as its words, "free-syrian-army" → "free syrian army".
 */
export function nameLookup(entities: readonly EntityName[]): NameOf {
  const names = new Map(entities.map((e) => [e.id, e.name]));
  return (id) => names.get(id) ?? id.replace(/-/g, " ");
}

/** "A", "A and B", "A, B and C" (lib/facts/wording). */
export { listOf as joinNames } from "../facts/wording";

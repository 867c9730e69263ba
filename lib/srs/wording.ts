// Small pieces of wording for card texts. Every word about a fact comes from the
// fact itself or from the names the articles use for its entities.
import { formatQuantity as formatClaimQuantity } from "../questions/quantities";
import type { Quantity } from "../facts/schema";

/** The names an entity goes by: its main name, its type and the other names the articles use. */
export type NamedEntity = { name: string; type?: string; aliases?: readonly string[] };
export type EntityNames = ReadonlyMap<string, NamedEntity>;

export function entityNamesFrom(entities: readonly (NamedEntity & { id: string })[]): EntityNames {
  return new Map(entities.map((e) => [e.id, { name: e.name, type: e.type, aliases: e.aliases ?? [] }]));
}

/** "Vladimir Putin"; an unknown id is shown as its words ("syrian-rebels" → "syrian rebels"). */
export function fullName(names: EntityNames, id: string): string {
  return names.get(id)?.name ?? id.replace(/-/g, " ");
}

/** People by the surname the articles use on second mention ("Putin"); everything else by its name. */
export function shortName(names: EntityNames, id: string): string {
  const entity = names.get(id);
  if (!entity) return fullName(names, id);
  if (entity.type !== "person") return entity.name;
  const surname = entity.name.split(/\s+/).at(-1);
  return surname !== undefined && entity.aliases?.includes(surname) ? surname : entity.name;
}

/** "the Sochi agreement of September 2018", but "Russia" and "Idlib" stay bare. */
export function theName(names: EntityNames, id: string): string {
  const name = fullName(names, id);
  const type = names.get(id)?.type;
  if (/^the\s/i.test(name)) return name;
  return type === "agreement" || type === "organization" ? `the ${name}` : name;
}

/** Every name an entity goes by, longest first. */
function allNames(names: EntityNames, id: string): string[] {
  const entity = names.get(id);
  const all = [fullName(names, id), ...(entity?.aliases ?? [])];
  return [...new Set(all)].sort((a, b) => b.length - a.length);
}

/** The name of the entity that `text` uses, if it uses any (whole words, any case). */
export function nameUsedIn(names: EntityNames, id: string, text: string): string | undefined {
  return allNames(names, id).find((name) =>
    new RegExp(`(^|[^\\p{L}])${escapeRegExp(name)}($|[^\\p{L}])`, "iu").test(text),
  );
}

/** "Syrian rebels", with the words the text uses when they differ: "Syrian rebels (“opposition fighters”)". */
export function inTheseWords(names: EntityNames, id: string, text: string): string {
  const name = fullName(names, id);
  const used = nameUsedIn(names, id, text);
  return used === undefined || used.toLowerCase() === name.toLowerCase() ? name : `${name} (“${used}”)`;
}

export { formatFactDate, listOf, onDate } from "../facts/wording";

/** "more than 400,000 people", "15–20 km", "an estimated 360,000 people". */
export function formatQuantity(q: Quantity): string {
  const unit = q.min === 1 && q.max === 1 ? q.unit.replace(/s$/, "") : q.unit;
  return formatClaimQuantity({ ...q, unit });
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function stripFinalStop(text: string): string {
  return text.trim().replace(/[.!?]+$/, "");
}

/** A sentence: capitalized, with one full stop. */
export function sentence(text: string): string {
  return `${capitalize(stripFinalStop(text))}.`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

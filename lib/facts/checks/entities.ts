// Entities: unique ids, names and aliases that point at one entity only (an
// alias shared by two entities would make answers ambiguous), and facts that
// refer only to entities that exist.
import type { Entity } from "../schema";
import { entityReferences } from "./entity-refs";
import type { Check, Problem } from "./problem";
import { factProblem } from "./problem";

/** How names are compared: case, accents' composed form and spacing do not matter. */
export function nameKey(name: string): string {
  return name.normalize("NFKC").toLocaleLowerCase("en").replace(/\s+/g, " ").trim();
}

export const checkEntities: Check = (corpus, locate) => {
  const file = locate.entities();
  const problems: Problem[] = [];
  const byId = new Map<string, Entity>();
  const byName = new Map<string, string>();
  for (const entity of corpus.entities) {
    if (byId.has(entity.id))
      problems.push({ code: "duplicate-entity", file, message: `entity id "${entity.id}" is used twice` });
    byId.set(entity.id, entity);
    for (const name of new Set([entity.name, ...entity.aliases].map(nameKey))) {
      const owner = byName.get(name);
      if (owner !== undefined && owner !== entity.id) {
        problems.push({
          code: "alias-collision",
          file,
          message: `the name "${name}" belongs to both ${owner} and ${entity.id}`,
        });
      }
      byName.set(name, entity.id);
    }
  }
  for (const entity of corpus.entities) {
    if (entity.country === undefined) continue;
    if (byId.get(entity.country)?.type !== "country") {
      problems.push({
        code: "unknown-country",
        file,
        message: `entity ${entity.id}: country "${entity.country}" is not a country entity`,
      });
    }
  }
  corpus.facts.forEach((fact, i) => {
    for (const ref of entityReferences(fact)) {
      if (!byId.has(ref.id))
        problems.push(
          factProblem(locate, i, fact, "unknown-entity", `${ref.field} refers to unknown entity "${ref.id}"`),
        );
    }
  });
  return problems;
};

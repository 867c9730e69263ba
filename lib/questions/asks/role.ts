// What a role fact lets us ask: who holds an office, and what office someone holds.
import type { FactOfKind } from "../../facts/schema";
import type { GenerationContext } from "../context";
import { officeKey } from "../fact-index";
import { entityValue, textValue } from "../slots";
import { possessive } from "../text";
import type { Ask } from "./types";
import { minById, typesOf } from "./words";
import { isOfficeOfState, withIndefinite } from "../wording";

type Role = FactOfKind<"role">;

/** "Russia's Foreign Minister", or "the Kremlin spokesman" when no country is given. */
export function officeTitle(ctx: GenerationContext, office: string, country: string | undefined): string {
  // "Russia's Foreign Minister", but "a military analyst": a job is not held for a country.
  if (!isOfficeOfState(office)) return withIndefinite(office);
  // An office that names its institution ("Kremlin spokesman") needs no country: "the Kremlin spokesman".
  if (ctx.index.entities.mentionedIn(office).length > 0 || /^[A-Z]\w+ [a-z]/.test(office)) return `the ${office}`;
  return country === undefined ? `the ${office}` : `${possessive(ctx.index.entities.name(country))} ${office}`;
}

export function roleAsks(ctx: GenerationContext, fact: Role): Ask[] {
  const { entities } = ctx.index;
  const person = entities.name(fact.person);
  const country = fact.country ?? entities.country(fact.person);
  const title = officeTitle(ctx, fact.office, country);
  const holders = (ctx.index.rolesByOffice.get(officeKey(fact.office)) ?? [fact]).filter(
    (r) => (r.country ?? entities.country(r.person)) === country,
  );
  const offices = (ctx.index.rolesByPerson.get(fact.person) ?? [fact]).filter(
    (r) => (r.country ?? entities.country(r.person)) === country,
  );
  const countryField = country === undefined ? {} : { country };
  return [
    {
      key: "person",
      fact,
      anchor: minById(holders) ?? fact,
      facts: holders,
      topic: "people",
      slot: "person",
      claim: { type: "office", person: fact.person, office: fact.office, ...countryField },
      answers: [...new Set(holders.map((r) => r.person))].sort().map(entityValue),
      prompt: isOfficeOfState(fact.office)
        ? `Who is ${title}, according to the articles?`
        : `Who is described in the articles as ${title}?`,
      multiPrompt: `Who is described in the articles as ${title}? Select all that apply.`,
      statement: (v) => `${v} is ${title}.`,
      entityTypes: typesOf(ctx, [fact.person]),
      tiers: [holdersOfTheSameSort(ctx, fact)],
    },
    {
      key: "office",
      fact,
      anchor: minById(offices) ?? fact,
      facts: offices,
      topic: "people",
      slot: "office",
      claim: { type: "office", person: fact.person, office: fact.office, ...countryField },
      answers: [...new Map(offices.map((r) => [officeKey(r.office), r.office])).values()].map(textValue),
      prompt: `What is ${possessive(person)} role, according to the articles?`,
      multiPrompt: `Which roles do the articles give ${person}? Select all that apply.`,
      statement: (v) => `${person} is ${officeTitle(ctx, v, country)}.`,
      tiers: [plausibleOffices(ctx, fact, country)],
    },
  ];
}

/**
 * Wrong roles a learner could confuse with this one: of the same sort (an office of
 * state for a minister, a job for an analyst), not the head of state or government
 * of the person's own country when the facts name someone else in it ("Turkey's
 * President" for a Turkish minister is known to be Erdogan), and not an office only
 * another country's people hold ("Kremlin spokesman" for a Turkish leader). The other
 * minister is a fair confusion. Too few such roles, and the role is not asked this way.
 */
const HEAD_OF_STATE = /^(President|Prime Minister|King|Queen|Chancellor|Supreme Leader|Emir)$/i;

function plausibleOffices(ctx: GenerationContext, fact: Role, country: string | undefined) {
  const { entities } = ctx.index;
  const ofState = isOfficeOfState(fact.office);
  return ctx.pools.offices.filter((v) => {
    if (v.type !== "text" || isOfficeOfState(v.text) !== ofState) return false;
    const holders = ctx.index.rolesByOffice.get(officeKey(v.text)) ?? [];
    const countries = new Set(holders.map((r) => r.country ?? entities.country(r.person)));
    const takenAtHome =
      HEAD_OF_STATE.test(v.text) &&
      holders.some((r) => r.person !== fact.person && (r.country ?? entities.country(r.person)) === country);
    const foreignOnly = country !== undefined && holders.length > 0 && !countries.has(country) && countries.size === 1;
    return !takenAtHome && !foreignOnly;
  });
}

/** People who hold an office of the same sort: a minister for "Russia's Foreign Minister", not an analyst. */
function holdersOfTheSameSort(ctx: GenerationContext, fact: Role) {
  const ofState = isOfficeOfState(fact.office);
  return ctx.pools.officeHolders.filter(
    (v) =>
      v.type === "entity" &&
      (ctx.index.rolesByPerson.get(v.id) ?? []).some((r) => isOfficeOfState(r.office) === ofState),
  );
}

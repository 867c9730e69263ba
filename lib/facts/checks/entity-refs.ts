// The entity ids a fact refers to, field by field, so one check covers all kinds.
import type { Fact } from "../schema";

export type EntityReference = { field: string; id: string };

export function entityReferences(fact: Fact): EntityReference[] {
  const refs = (field: string, ids: readonly (string | undefined)[]) =>
    ids.flatMap((id) => (id === undefined ? [] : [{ field, id }]));
  switch (fact.kind) {
    case "backing":
      return [...refs("backer", [fact.backer]), ...refs("backed", [fact.backed])];
    case "meeting":
      return [...refs("participants", fact.participants), ...refs("place", [fact.place])];
    case "deal-term":
      return [...refs("agreement", [fact.agreement]), ...refs("parties", fact.parties)];
    case "figure":
      return [];
    case "role":
      return [...refs("person", [fact.person]), ...refs("country", [fact.country])];
    case "event":
      return refs("actors", fact.actors);
    case "motive":
      return [
        ...refs("actor", [fact.actor]),
        ...refs("about", [fact.about]),
        ...refs("attributedTo", [fact.attributedTo]),
      ];
    case "claim":
      return [
        ...refs("claimant", [fact.claimant]),
        ...refs("coClaimants", fact.coClaimants),
        ...refs("disputedBy", fact.disputedBy),
        ...refs("about", fact.about),
      ];
    case "relation":
      return refs("between", fact.between);
    case "stated":
      return [];
  }
}

// What a backing fact lets us ask: whom X backs, and who backs Y.
import type { FactOfKind } from "../../facts/schema";
import type { GenerationContext } from "../context";
import { typeNoun } from "../entities";
import { entityValue } from "../slots";
import type { Ask } from "./types";
import { minById, theName, typesOf } from "./words";

export function backingAsks(ctx: GenerationContext, fact: FactOfKind<"backing">): Ask[] {
  const backer = theName(ctx, fact.backer);
  const backed = theName(ctx, fact.backed);
  const claim = { type: "backs", backer: fact.backer, backed: fact.backed } as const;

  // Whom does the backer back? Everything it backs is an answer.
  const byBacker = ctx.index.backingsByBacker.get(fact.backer) ?? [fact];
  const backedIds = [...new Set(byBacker.map((f) => f.backed))].sort();
  const backedTypes = typesOf(ctx, backedIds);
  const [backedType] = backedTypes;
  const which = backedTypes.length === 1 ? `Which ${typeNoun(backedType)}` : "Whom";
  const whichMany = backedTypes.length === 1 ? `Which ${typeNoun(backedType, true)}` : "Whom";

  // Who backs the backed side? All its backers are answers: one question, not one per backer.
  const byBacked = ctx.index.backingsByBacked.get(fact.backed) ?? [fact];
  const backerIds = [...new Set(byBacked.map((f) => f.backer))].sort();
  const backerTypes = typesOf(ctx, backerIds);
  const [backerType] = backerTypes;
  const who = backerTypes.length === 1 ? `Which ${typeNoun(backerType)} backs` : "Who backs";
  const whoMany = backerTypes.length === 1 ? `Which ${typeNoun(backerType, true)} back` : "Who backs";

  return [
    {
      key: "backed",
      fact,
      anchor: minById(byBacker) ?? fact,
      facts: byBacker,
      topic: "backing",
      slot: "backed",
      claim,
      answers: backedIds.map(entityValue),
      prompt: `${which} does ${backer} back, according to the articles?`,
      multiPrompt: `${whichMany} does ${backer} back, according to the articles? Select all that apply.`,
      statement: (v) => `${backer} backs ${v}.`,
      // "Whom does Russia back?" (Assad, the Syrian government): wrong answers are sides, not people.
      entityTypes: backedTypes.length > 1 ? backedTypes.filter((t) => t !== "person") : backedTypes,
      tiers: [ctx.pools.backed],
    },
    {
      key: "backer",
      fact,
      anchor: minById(byBacked) ?? fact,
      facts: byBacked,
      topic: "backing",
      slot: "backer",
      claim,
      answers: backerIds.map(entityValue),
      prompt: `${who} ${backed}?`,
      multiPrompt: `${whoMany} ${backed}? Select all that apply.`,
      statement: (v) => `${v} backs ${backed}.`,
      entityTypes: backerTypes,
      tiers: [ctx.pools.backers],
    },
  ];
}

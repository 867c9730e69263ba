// What a deal term lets us ask: its deadline, what is due by a deadline, who must
// do it, and the figure it sets.
import type { FactOfKind } from "../../facts/schema";
import type { GenerationContext } from "../context";
import { formatDate, sameDate } from "../dates";
import { typeNoun } from "../entities";
import { dateValue, entityValue, quantityValue, textValue } from "../slots";
import { capitalize, normalizeText } from "../text";
import type { Ask } from "./types";
import { minById, stripFinalStop, theName, typesOf } from "./words";

type DealTerm = FactOfKind<"deal-term">;

export function dealTermAsks(ctx: GenerationContext, fact: DealTerm): Ask[] {
  const asks: Ask[] = [];
  const agreement = theName(ctx, fact.agreement);
  const under = capitalize(`under ${agreement}`);
  const requires = stripFinalStop(fact.requires);
  const terms = ctx.index.dealsByAgreement.get(fact.agreement) ?? [fact];
  const same = terms.filter((t) => normalizeText(t.requires) === normalizeText(fact.requires));
  const others = ctx.pools.requiresByAgreement.get(fact.agreement) ?? [];

  if (fact.deadline !== undefined) {
    const deadline = fact.deadline;
    const by = `by ${formatDate(deadline)}`;
    const group = same.filter((t) => t.deadline !== undefined);
    asks.push({
      key: "deadline",
      fact,
      anchor: minById(group) ?? fact,
      facts: group,
      topic: "sochi-deal",
      slot: "deadline",
      claim: { type: "deal", agreement: fact.agreement, requires: fact.requires, deadline },
      answers: [dateValue(deadline)],
      prompt: `${under}, by when must this be done: ${requires}?`,
      statement: (v) => `${under}, this must be done by ${v}: ${requires}.`,
      tiers: [],
    });

    // What is due by that deadline: every term with the same deadline is an answer.
    const due = terms.filter((t) => t.deadline !== undefined && sameDate(t.deadline, deadline));
    asks.push({
      key: "requires",
      fact,
      anchor: minById(due) ?? fact,
      facts: due,
      topic: "sochi-deal",
      slot: "requires",
      claim: { type: "deal", agreement: fact.agreement, requires: fact.requires, deadline },
      answers: [...new Set(due.map((t) => t.requires))].map(textValue),
      prompt: `${under}, which of these must be done ${by}?`,
      multiPrompt: `${under}, which of these must be done ${by}? Select all that apply.`,
      statement: (v) => `${under}, this must be done ${by}: ${v}.`,
      tiers: [others, ctx.pools.requires],
    });
  }

  // When the requirement already names its parties ("patrols of Turkish contingents"),
  // asking who must do it would give the answer away: then only a cloze may use it.
  const partiesNamed = fact.parties.some((p) => ctx.index.entities.isMentioned(p, fact.requires));
  if (fact.parties.length > 0) {
    const type = ctx.index.entities.type(fact.parties[0] ?? "");
    const group = same.filter((t) => t.parties.length > 0);
    const first = fact.parties[0];
    if (first !== undefined) {
      asks.push({
        key: "party",
        fact,
        anchor: minById(group) ?? fact,
        facts: group,
        topic: "sochi-deal",
        slot: "party",
        claim: { type: "deal", agreement: fact.agreement, requires: fact.requires, party: first },
        answers: [...new Set(group.flatMap((t) => t.parties))].sort().map(entityValue),
        prompt: `${under}, which ${typeNoun(type)} must do this: ${requires}?`,
        multiPrompt: `${under}, which ${typeNoun(type, true)} must do this: ${requires}? Select all that apply.`,
        statement: (v) => `${under}, ${v} must do this: ${requires}.`,
        entityTypes: typesOf(ctx, fact.parties),
        tiers: [ctx.pools.dealParties, ctx.pools.backers],
        forChoice: !partiesNamed,
        forTrueFalse: !partiesNamed,
      });
    }
  }

  // A figure is asked on its own only when the requirement does not already state it;
  // otherwise it is still blanked in its sentence (cloze).
  if (fact.quantity !== undefined) {
    const stated = /\d/.test(requires);
    const quantity = fact.quantity;
    const group = same.filter((t) => t.quantity !== undefined);
    asks.push({
      key: "quantity",
      fact,
      anchor: minById(group) ?? fact,
      facts: group,
      topic: "sochi-deal",
      slot: "quantity",
      claim: { type: "deal", agreement: fact.agreement, requires: fact.requires, quantity },
      answers: [quantityValue(quantity)],
      prompt: `${under}, what figure is set for this: ${requires}?`,
      statement: (v) => `${under}, the figure set for this is ${v}: ${requires}.`,
      tiers: [],
      show: { quantityUnit: true },
      forChoice: !stated,
      forTrueFalse: !stated,
    });
  }
  return asks;
}

/** How a matching or ordering item names a requirement. */
export function requirementLabel(fact: DealTerm): string {
  return capitalize(stripFinalStop(fact.requires));
}


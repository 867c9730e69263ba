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
import { deadlineQuestion, deadlineStatement, partyQuestion, partyStatement } from "../wording";

type DealTerm = FactOfKind<"deal-term">;

export function dealTermAsks(ctx: GenerationContext, fact: DealTerm): Ask[] {
  const asks: Ask[] = [];
  const agreement = theName(ctx, fact.agreement);
  const under = capitalize(`under ${agreement}`);
  const requires = stripFinalStop(fact.requires);
  const terms = ctx.index.dealsByAgreement.get(fact.agreement) ?? [fact];
  const same = terms.filter((t) => normalizeText(t.requires) === normalizeText(fact.requires));
  const others = ctx.pools.requiresByAgreement.get(fact.agreement) ?? [];

  const deadlineAsk = fact.deadline !== undefined ? deadlineQuestion(under, requires) : undefined;
  if (fact.deadline !== undefined && deadlineAsk !== undefined) {
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
      prompt: deadlineAsk,
      // Worded as a deadline: "the deadline was 15 October" is false when it was 15 December.
      statement: (v) => deadlineStatement(under, requires, v) ?? `${under}, the deadline was ${v}.`,
      // The same agreement's other deadlines first: the confusion a reader of the deal can make,
      // where near-miss days around one "end of the year" stand out as made up.
      tiers: [
        terms.flatMap((t) =>
          t.deadline !== undefined && !sameDate(t.deadline, deadline) ? [dateValue(t.deadline)] : [],
        ),
      ],
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
      prompt: `${under}, which of these was due ${by}?`,
      multiPrompt: `${under}, which of these were due ${by}? Select all that apply.`,
      statement: (v) => `${under}, ${v} was due ${by}.`,
      forTrueFalse: false,
      tiers: [others, ctx.pools.requires],
    });
  }

  // When the requirement already names its parties ("patrols of Turkish contingents"),
  // asking who must do it would give the answer away: then only a cloze may use it.
  const partiesNamed = fact.parties.some((p) => ctx.index.entities.isMentioned(p, fact.requires));
  const partyAsk = partyQuestion(under, requires, `which ${typeNoun(ctx.index.entities.type(fact.parties[0] ?? ""))}`);
  if (fact.parties.length > 0 && partyAsk !== undefined) {
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
        prompt: partyAsk,
        multiPrompt: `${partyQuestion(under, requires, `which ${typeNoun(type, true)}`) ?? partyAsk} Select all that apply.`,
        statement: (v) => partyStatement(under, requires, v) ?? `${under}, ${v} had a part in it.`,
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
      prompt: `${under}, what number was set: ${requires}?`,
      statement: (v) => `${under}, the number set was ${v}.`,
      tiers: [],
      show: { quantityUnit: true },
      // Only a cloze asks a deal's figure: blanked in the article's own sentence, it reads as the article does.
      forChoice: false,
      forTrueFalse: false,
    });
  }
  return asks;
}

/** How a matching or ordering item names a requirement. */
export function requirementLabel(fact: DealTerm): string {
  return capitalize(stripFinalStop(fact.requires));
}

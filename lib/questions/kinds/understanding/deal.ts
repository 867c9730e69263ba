// "Which of these were part of the Sochi deal?": an agreement as a whole. The
// right options are its terms; the wrong ones are terms of the other agreements
// the articles report, so every option is the articles' own words and of the
// same type (a requirement of a deal), never invented text.
import type { FactOfKind } from "../../../facts/schema";
import { requirementLabel } from "../../asks/deal-term";
import { theName } from "../../asks/words";
import type { GenerationContext } from "../../context";
import { rendezvousOrder } from "../../random";
import { normalizeText } from "../../text";
import { choiceItem, orderedWrong, pickWrong, type ChoiceItem } from "./common";

type DealTerm = FactOfKind<"deal-term">;

/** More right options than this and the item turns into reading a list. */
const MAX_RIGHT = 4;

export function dealItems(ctx: GenerationContext): ChoiceItem[] {
  const out: ChoiceItem[] = [];
  const agreements = [...ctx.index.dealsByAgreement.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  for (const [agreement, terms] of agreements) {
    const live = terms.filter((t) => t.status !== "rejected");
    const own = new Set(live.map((t) => normalizeText(t.requires)));
    const distinct = [...new Map(live.map((t) => [normalizeText(t.requires), t])).values()];
    if (distinct.length < 2) continue;
    const seed = `${agreement}|whole`;
    const right = rendezvousOrder(distinct, seed, (t) => t.id)
      .slice(0, MAX_RIGHT)
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    const elsewhere: DealTerm[] = agreements
      .filter(([other]) => other !== agreement)
      .flatMap(([, ts]) => ts.filter((t) => t.status !== "rejected" && !own.has(normalizeText(t.requires))));
    const wrong = pickWrong(orderedWrong([elsewhere.map(requirementLabel)], own, seed), right.map(requirementLabel));
    const anchor = right[0];
    if (anchor === undefined) continue;
    const item = choiceItem({
      anchor,
      facts: right,
      discriminator: "deal-whole",
      prompt: `Which of these were part of ${theName(ctx, agreement)}?`,
      answers: right.map(requirementLabel),
      wrong,
      aim: "connect",
      multi: true,
    });
    if (item) out.push(item);
  }
  return out;
}

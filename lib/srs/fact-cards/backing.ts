// "Who does Russia back?" The answer names the backed side as the articles do.
import type { FactOfKind } from "../../facts/schema";
import { fullName, inTheseWords, nameUsedIn, sentence, type EntityNames } from "../wording";
import type { CardText } from "./types";

export function backingCard(fact: FactOfKind<"backing">, names: EntityNames): CardText {
  // The articles' phrasing tells apart cards with the same backer, unless it gives the answer away.
  const givesAway = nameUsedIn(names, fact.backed, fact.phrasing) !== undefined;
  return {
    front: `Who does ${fullName(names, fact.backer)} back?`,
    hint: givesAway ? null : `The articles' words: “${fact.phrasing}”.`,
    answer: sentence(inTheseWords(names, fact.backed, fact.statement)),
  };
}

// "Whose claim is this?" The answer names who asserts it and the words that say so.
import type { FactOfKind } from "../../facts/schema";
import { fullName, listOf, sentence, stripFinalStop, type EntityNames } from "../wording";
import type { CardText } from "./types";

export function claimCard(fact: FactOfKind<"claim">, names: EntityNames): CardText {
  const who = listOf([fact.claimant, ...fact.coClaimants].map((id) => fullName(names, id)));
  return {
    front: `Whose claim is this? “${stripFinalStop(fact.claim)}”`,
    hint: null,
    answer: sentence(`${who} (“${fact.attribution}”)`),
  };
}

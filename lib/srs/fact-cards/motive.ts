// "What does Turkey fear?" The answer is the aim in the article's words, with the
// reason when the article gives one; a motive someone else reads into an actor says whose reading it is.
import type { FactOfKind } from "../../facts/schema";
import { capitalize, fullName, sentence, stripFinalStop, type EntityNames } from "../wording";
import type { CardText } from "./types";

const VERB: Record<FactOfKind<"motive">["stance"], string> = {
  wants: "want",
  fears: "fear",
  opposes: "oppose",
  seeks: "seek",
};

export function motiveCard(fact: FactOfKind<"motive">, names: EntityNames): CardText {
  const ask = `what does ${fullName(names, fact.actor)} ${VERB[fact.stance]}?`;
  const front =
    fact.attributedTo === undefined ? capitalize(ask) : `According to ${fullName(names, fact.attributedTo)}, ${ask}`;
  const why = fact.because === undefined ? "" : ` (${stripFinalStop(fact.because)})`;
  return { front, hint: null, answer: sentence(`${capitalize(stripFinalStop(fact.aim))}${why}`) };
}

// "How do Russia and Turkey stand to each other?" The answer is the article's description.
import type { FactOfKind } from "../../facts/schema";
import { capitalize, fullName, sentence, stripFinalStop, type EntityNames } from "../wording";
import type { CardText } from "./types";

export function relationCard(fact: FactOfKind<"relation">, names: EntityNames): CardText {
  const [a, b] = fact.between;
  const context = fact.context === undefined ? "" : ` (${stripFinalStop(fact.context)})`;
  return {
    front: `How do ${fullName(names, a)} and ${fullName(names, b)} stand to each other?`,
    hint: null,
    answer: sentence(`${capitalize(stripFinalStop(fact.description))}${context}`),
  };
}

// "Who is Sergei Lavrov, according to the articles?"
import type { FactOfKind } from "../../facts/schema";
import { fullName, sentence, type EntityNames } from "../wording";
import type { CardText } from "./types";

export function roleCard(fact: FactOfKind<"role">, names: EntityNames): CardText {
  const country = fact.country === undefined ? "" : ` (${fullName(names, fact.country)})`;
  return {
    front: `Who is ${fullName(names, fact.person)}, according to the articles?`,
    hint: null,
    answer: sentence(`${fact.office}${country}`),
  };
}

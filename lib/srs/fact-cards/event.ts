// "When did this happen? Lavrov said …": the date, as precise as the articles give it.
import type { FactOfKind } from "../../facts/schema";
import { onDate, sentence } from "../wording";
import type { CardText } from "./types";

export function eventCard(fact: FactOfKind<"event">): CardText {
  return { front: `When did this happen? ${sentence(fact.what)}`, hint: null, answer: sentence(onDate(fact.date)) };
}

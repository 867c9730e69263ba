// The sentence with the stated words blanked on the front; those words on the back.
import type { FactOfKind } from "../../facts/schema";
import type { CardText } from "./types";

const BLANK = "_____";
const HINT = { number: "a number", date: "a date", role: "a title", place: "a place" } as const;

export function statedCard(fact: FactOfKind<"stated">): CardText {
  const at = fact.statement.indexOf(fact.span);
  const front =
    at < 0 ? fact.statement : `${fact.statement.slice(0, at)}${BLANK}${fact.statement.slice(at + fact.span.length)}`;
  return { front, hint: `Fill in ${HINT[fact.spanType]}.`, answer: fact.span };
}

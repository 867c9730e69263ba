// "What figure do the articles give for people living in Idlib?"
import type { FactOfKind } from "../../facts/schema";
import { formatFactDate, formatQuantity, sentence, stripFinalStop } from "../wording";
import type { CardText } from "./types";

/** "the United Nations" where the statement says "the United Nations"; "Hurriyet" stays bare. */
function sourceName(source: string, statement: string): string {
  if (/^the\s/i.test(source)) return source;
  const escaped = source.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`\\bthe\\s+${escaped}`, "i").test(statement) ? `the ${source}` : source;
}

export function figureCard(fact: FactOfKind<"figure">): CardText {
  const asOf = fact.asOf === undefined ? "" : ` (as of ${formatFactDate(fact.asOf)})`;
  const source = fact.source === undefined ? "" : `, according to ${sourceName(fact.source, fact.statement)}`;
  return {
    front: `What figure do the articles give for ${stripFinalStop(fact.counts)}${asOf}${source}?`,
    hint:
      fact.conflictsWith.length > 0
        ? "The reports give different figures for this; the back shows which report this card follows."
        : null,
    answer: sentence(formatQuantity(fact.quantity)),
  };
}

// Contested claims without their source: where reports disagree (a fact with
// conflictsWith), or a fact is someone's claim ("as Ankara claims"), every item
// must say whose claim or which report it is.
import type { Fact } from "../../facts/schema";
import type { GenerationContext } from "../context";
import type { Question } from "../schema";
import { flaw, type Flaw } from "./types";
import { factsOf } from "./words";
import { questionStem } from "../stem";

/** Words that tie a statement to its source. */
const ATTRIBUTION =
  /\b(according to|reports?|reported|reporting|says?|said|claims?|claimed|told|quoted|in the words of|as \w+ (?:puts|put) it|account|cites?|cited|whose|which report|which source)\b/i;

/** A fact that is one side's word: a claim kind, or a statement or quote that says so. */
const CLAIMED =
  /\b(as \p{Lu}[\p{L}-]* (?:claims|claimed|says|said|alleges)|(?:claims|claimed|alleges|alleged) that)\b/u;

function contested(fact: Fact, ctx: GenerationContext): string | undefined {
  const conflicts = fact.conflictsWith.filter((id) => ctx.index.byId.has(id));
  if (conflicts.length > 0) return `the reports disagree on it (${conflicts.join(", ")})`;
  if (fact.kind === "claim" || (fact.kind === "motive" && fact.attributedTo)) return "it is one side's claim";
  if (CLAIMED.test(fact.statement) || fact.evidence.some((e) => CLAIMED.test(e.quote))) return "it is one side's claim";
  return undefined;
}

/** The entities whose word a fact is: a claim's claimant and co-claimants, a motive's reader. */
function claimants(fact: Fact): string[] {
  if (fact.kind === "claim") return [fact.claimant, ...fact.coClaimants];
  if (fact.kind === "motive" && fact.attributedTo) return [fact.attributedTo];
  return [];
}

export function contestedFlaws(q: Question, ctx: GenerationContext): Flaw[] {
  const stem = questionStem(q);
  if (ATTRIBUTION.test(stem)) return [];
  for (const fact of factsOf(q, ctx)) {
    const why = contested(fact, ctx);
    if (!why) continue;
    // Naming the claimant ("Cavusoglu criticised …", "Ankara says …") attributes it.
    const mentions = ctx.index.entities.mentionTest([stem]);
    if (claimants(fact).some((id) => mentions(id))) continue;
    return [
      flaw(
        "unattributed-contested-claim",
        // A typed answer is marked against one figure: the other report's figure would be marked wrong.
        q.kind === "cloze" ? "serious" : "moderate",
        `${why}, and the item does not say whose figure or account it is`,
      ),
    ];
  }
  return [];
}

// A flashcard for a fact: a cue on the front; on the back the answer in the
// articles' terms, the fact's own statement and the quotes that prove it.
import { sourceHref } from "../content/highlight";
import type { Evidence, Fact, FactKind } from "../facts/schema";
import { backingCard } from "./fact-cards/backing";
import { claimCard } from "./fact-cards/claim";
import { dealTermCard } from "./fact-cards/deal-term";
import { eventCard } from "./fact-cards/event";
import { figureCard } from "./fact-cards/figure";
import { meetingCard } from "./fact-cards/meeting";
import { motiveCard } from "./fact-cards/motive";
import { relationCard } from "./fact-cards/relation";
import { statedCard } from "./fact-cards/stated";
import { roleCard } from "./fact-cards/role";
import type { CardText } from "./fact-cards/types";
import type { EntityNames } from "./wording";

export type FlashcardEvidence = { article: string; passage: string; quote: string; href: string };

export type Flashcard = {
  factId: string;
  kind: FactKind;
  front: string;
  /** Tells apart cards with similar fronts, without giving the answer away. */
  hint: string | null;
  back: { answer: string; statement: string };
  evidence: FlashcardEvidence[];
};

function cardText(fact: Fact, names: EntityNames): CardText {
  switch (fact.kind) {
    case "backing":
      return backingCard(fact, names);
    case "meeting":
      return meetingCard(fact, names);
    case "deal-term":
      return dealTermCard(fact, names);
    case "figure":
      return figureCard(fact);
    case "role":
      return roleCard(fact, names);
    case "event":
      return eventCard(fact);
    case "motive":
      return motiveCard(fact, names);
    case "claim":
      return claimCard(fact, names);
    case "relation":
      return relationCard(fact, names);
    case "stated":
      return statedCard(fact);
  }
}

/** Each quote once, in the fact's order, with the reader link that highlights it. */
function evidenceOf(evidence: readonly Evidence[]): FlashcardEvidence[] {
  const seen = new Set<string>();
  const out: FlashcardEvidence[] = [];
  for (const e of evidence) {
    const key = `${e.article}#${e.passage}#${e.quote}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ article: e.article, passage: e.passage, quote: e.quote, href: sourceHref(e) });
  }
  return out;
}

export function flashcardFor(fact: Fact, names: EntityNames): Flashcard {
  const text = cardText(fact, names);
  return {
    factId: fact.id,
    kind: fact.kind,
    front: text.front,
    hint: text.hint,
    back: { answer: text.answer, statement: fact.statement },
    evidence: evidenceOf(fact.evidence),
  };
}

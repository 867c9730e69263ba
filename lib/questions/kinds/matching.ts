// Match each item to its partner: each country to the side it backs, each
// requirement of a deal to its deadline, each person to their role. A left item
// stays only if exactly one of the offered right items is true of it.
import type { Fact, FactOfKind } from "../../facts/schema";
import { requirementLabel } from "../asks/deal-term";
import { estimateDifficulty, provenance, questionId, TOPIC_OF } from "../build";
import { companionFacts, type GenerationContext } from "../context";
import { formatDate } from "../dates";
import { typeNoun } from "../entities";
import { officeKey } from "../fact-index";
import { rendezvousOrder, shuffle } from "../random";
import { MATCH_ARROW, type Claim, type PairProbe, type QuestionOfKind, type Slot } from "../schema";
import { dateValue, entityValue, fillSlot, textValue, type SlotValue } from "../slots";
import { capitalize } from "../text";
import { theName } from "../asks/words";
import { importanceOf } from "../choose";
import { HEAD_OF_STATE } from "../lint/teacher-read";
import { contentWords, overlap } from "../lint/words";

const MAX_PAIRS = 4;

type Pair = { fact: Fact; left: SlotValue; right: SlotValue; leftText: string; rightText: string };

type Plan = {
  key: string;
  prompt: string;
  claim: Claim;
  leftSlot: Slot;
  rightSlot: Slot;
  pairs: Pair[];
};

/** Keeps the pairs whose left has exactly one true right among those offered. */
function unambiguous(ctx: GenerationContext, plan: Plan): Pair[] {
  const rights = uniqueBy(plan.pairs, (p) => p.rightText);
  return plan.pairs.filter((pair) => {
    let trueCount = 0;
    for (const r of rights) {
      const withLeft = fillSlot(plan.claim, plan.leftSlot, pair.left);
      const claim = withLeft && fillSlot(withLeft, plan.rightSlot, r.right);
      const verdict = claim ? ctx.truth(claim) : "unknown";
      if (verdict === "unknown") return false;
      if (verdict === "true") {
        if (r.rightText !== pair.rightText) return false;
        trueCount++;
      }
    }
    return trueCount === 1;
  });
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const k = key(i);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Whether the left shares more of its words with its own right than with any other right offered. */
export function matchedByWords(left: string, right: string, rights: readonly string[]): boolean {
  const words = contentWords(left);
  const own = overlap(contentWords(right), words);
  return own > 0 && rights.every((r) => r === right || overlap(contentWords(r), words) < own);
}

/** Pairs for the anchor and others chosen by seed, the anchor first, one per left item. */
function choosePairs(anchor: Pair, others: readonly Pair[], seed: string): Pair[] {
  const ordered = rendezvousOrder(others, seed, (p) => `${p.leftText}|${p.rightText}|${p.fact.id}`);
  return uniqueBy([anchor, ...ordered], (p) => p.leftText).slice(0, MAX_PAIRS);
}

function toQuestion(ctx: GenerationContext, anchor: Fact, plan: Plan): QuestionOfKind<"matching"> | undefined {
  let pairs = unambiguous(ctx, plan);
  // Dropping an ambiguous left may leave a right nobody points to; it stays as a decoy only if false for all.
  if (!pairs.some((p) => p.fact === anchor)) return undefined;
  pairs = uniqueBy(pairs, (p) => p.leftText);
  // A left that shares a word with its own right and no other ("Russia" → "Russian military police") is matched by eye.
  const offered = uniqueBy(pairs, (p) => p.rightText).map((p) => p.rightText);
  pairs = pairs.filter((p) => !matchedByWords(p.leftText, p.rightText, offered));
  if (!pairs.some((p) => p.fact === anchor)) return undefined;
  const rights = uniqueBy(pairs, (p) => p.rightText).map((p) => p.rightText);
  if (pairs.length < 2 || rights.length < 2) return undefined;
  // Named after the facts of its pairs: the same pairs reached from another anchor are the
  // same question, with the same id; other pairs are another question.
  const factIds = [...new Set(pairs.map((p) => p.fact.id))].sort();
  const id = questionId(factIds[0] ?? anchor.id, "matching", `${plan.key}|${factIds.join(",")}`);
  const probe: PairProbe = { claim: plan.claim, left: plan.leftSlot, right: plan.rightSlot };
  const left = shuffle(
    pairs.map((p) => p.leftText),
    `${id}|left`,
  );
  return {
    id,
    kind: "matching",
    topic: TOPIC_OF[anchor.kind],
    prompt: plan.prompt,
    choices: [],
    left,
    right: shuffle(rights, `${id}|right`),
    answers: pairs.map((p) => `${p.leftText}${MATCH_ARROW}${p.rightText}`),
    ...provenance(pairs.map((p) => p.fact)),
    difficulty: estimateDifficulty("matching", pairs.length + rights.length),
    probe,
  };
}

function backingPair(ctx: GenerationContext, f: FactOfKind<"backing">): Pair {
  const { entities } = ctx.index;
  return {
    fact: f,
    left: entityValue(f.backer),
    right: entityValue(f.backed),
    leftText: entities.name(f.backer),
    rightText: entities.name(f.backed),
  };
}

export function backingMatching(
  ctx: GenerationContext,
  fact: FactOfKind<"backing">,
): QuestionOfKind<"matching"> | undefined {
  const others = companionFacts(ctx, fact, "backing").map((f) => backingPair(ctx, f));
  const pairs = choosePairs(backingPair(ctx, fact), others, fact.id);
  const type = ctx.index.entities.type(fact.backer);
  return toQuestion(ctx, fact, {
    key: "backing",
    prompt: `Match each ${typeNoun(type)} to the side it backs.`,
    claim: { type: "backs", backer: fact.backer, backed: fact.backed },
    leftSlot: "backer",
    rightSlot: "backed",
    pairs,
  });
}

export function deadlineMatching(
  ctx: GenerationContext,
  fact: FactOfKind<"deal-term">,
): QuestionOfKind<"matching"> | undefined {
  if (fact.deadline === undefined) return undefined;
  const pair = (t: FactOfKind<"deal-term">): Pair[] =>
    t.deadline === undefined
      ? []
      : [
          {
            fact: t,
            left: textValue(t.requires),
            right: dateValue(t.deadline),
            leftText: requirementLabel(t),
            rightText: formatDate(t.deadline),
          },
        ];
  const terms = ctx.index.dealsByAgreement.get(fact.agreement) ?? [];
  const pairs = choosePairs(pair(fact)[0] as Pair, terms.filter((t) => t !== fact).flatMap(pair), fact.id);
  return toQuestion(ctx, fact, {
    key: "deadline",
    prompt: `Match each requirement of ${theName(ctx, fact.agreement)} to its deadline.`,
    claim: { type: "deal", agreement: fact.agreement, requires: fact.requires, deadline: fact.deadline },
    leftSlot: "requires",
    rightSlot: "deadline",
    pairs,
  });
}

export function partyMatching(
  ctx: GenerationContext,
  fact: FactOfKind<"deal-term">,
): QuestionOfKind<"matching"> | undefined {
  const first = fact.parties[0];
  if (first === undefined) return undefined;
  const pair = (t: FactOfKind<"deal-term">): Pair[] => {
    const party = t.parties.length === 1 ? t.parties[0] : undefined;
    return party === undefined
      ? []
      : [
          {
            fact: t,
            left: textValue(t.requires),
            right: entityValue(party),
            leftText: requirementLabel(t),
            rightText: ctx.index.entities.name(party),
          },
        ];
  };
  const own = pair(fact)[0];
  if (own === undefined) return undefined;
  const terms = ctx.index.dealsByAgreement.get(fact.agreement) ?? [];
  const pairs = choosePairs(own, terms.filter((t) => t !== fact).flatMap(pair), fact.id);
  return toQuestion(ctx, fact, {
    key: "party",
    prompt: `Match each requirement of ${theName(ctx, fact.agreement)} to the party that must meet it.`,
    claim: { type: "deal", agreement: fact.agreement, requires: fact.requires, party: first },
    leftSlot: "requires",
    rightSlot: "party",
    pairs,
  });
}

/**
 * Who is who, as a reader of these reports needs it: not a minor figure's job (a peripheral fact) and not a
 * head of state's title every reader knows (the round-G audit rejected all four matchings that mixed them in).
 */
function worthMatching(r: FactOfKind<"role">): boolean {
  return importanceOf(r) !== "peripheral" && (importanceOf(r) === "core" || !HEAD_OF_STATE.test(r.office));
}

export function roleMatching(ctx: GenerationContext, fact: FactOfKind<"role">): QuestionOfKind<"matching"> | undefined {
  if (!worthMatching(fact)) return undefined;
  const pair = (r: FactOfKind<"role">): Pair => ({
    fact: r,
    left: entityValue(r.person),
    right: textValue(r.office),
    leftText: ctx.index.entities.name(r.person),
    rightText: capitalize(r.office),
  });
  const own = pair(fact);
  // One person per role: "Foreign Minister" twice, with no country said, is two answers to one match.
  const others = companionFacts(ctx, fact, "role")
    .filter(worthMatching)
    .map(pair)
    .filter((p) => officeKey(p.rightText) !== officeKey(own.rightText))
    .filter((p, i, all) => all.findIndex((q) => officeKey(q.rightText) === officeKey(p.rightText)) === i);
  return toQuestion(ctx, fact, {
    key: "role",
    prompt: "Match each person to their role, as the articles give it.",
    claim: { type: "office", person: fact.person, office: fact.office },
    leftSlot: "person",
    rightSlot: "office",
    pairs: choosePairs(own, others, fact.id),
  });
}

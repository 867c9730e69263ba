// True or false, balanced across the bank: every fact gives one statement, true
// or (where a plausible wrong value exists) false, made by swapping it in.
import type { Fact } from "../../facts/schema";
import type { Ask } from "../asks/types";
import { estimateDifficulty, provenance, questionKey, TOPIC_OF } from "../build";
import { opaqueId } from "../ids";
import type { GenerationContext } from "../context";
import { pickDistractors } from "../distractors";
import { hashString, rendezvousOrder } from "../random";
import type { Claim, QuestionOfKind } from "../schema";
import { fillSlot, slotValue } from "../slots";
import { phrase } from "../asks/words";
import { normalizeText } from "../text";

export const TRUE = "True";
export const FALSE = "False";

/**
 * What proves a swapped statement false to the learner: "Turkey backs the Syrian government" is refuted by
 * the fact that Turkey backs the rebels, not by the quote about Iran it was made from.
 */
function refutingFacts(ctx: GenerationContext, claim: Claim): Fact[] {
  const of = (kind: Fact["kind"]) => (ctx.factsByKind.get(kind) ?? []).filter((f) => f.status !== "rejected");
  const found =
    claim.type === "backs"
      ? of("backing").filter((f) => f.kind === "backing" && f.backer === claim.backer && f.backed !== claim.backed)
      : claim.type === "office"
        ? of("role").filter((f) => f.kind === "role" && f.person === claim.person)
        : [];
  return found.sort((a, b) => (a.id < b.id ? -1 : 1)).slice(0, 1);
}

function statementQuestion(
  fact: Fact,
  ask: Ask,
  value: boolean,
  statement: string,
  claim: Claim,
  refuting: readonly Fact[] = [],
): QuestionOfKind<"true-false"> {
  return {
    // Keyed by the statement, never by its truth: the id must not say which it is.
    id: opaqueId(`${questionKey(fact.id, "true-false")}|${normalizeText(statement)}`),
    kind: "true-false",
    topic: ask.topic,
    prompt: `True or false? ${statement}`,
    statement,
    choices: [TRUE, FALSE],
    answers: [value ? TRUE : FALSE],
    // The refuting facts' quotes and statements are shown after answering, but the item asks only its own fact.
    ...provenance([fact, ...refuting]),
    factIds: [fact.id],
    difficulty: estimateDifficulty("true-false", 2),
    claim,
  };
}

/** How many wrong values to try before giving up on a false statement no earlier fact made. */
const SWAP_TRIES = 3;

/**
 * `used` holds the false statements of facts generated before (in id order): a later
 * fact picks another wrong value rather than repeat one, so its question keeps its own id.
 */
export function trueFalseForFact(
  ctx: GenerationContext,
  fact: Fact,
  asks: readonly Ask[],
  used: Set<string> = new Set(),
): QuestionOfKind<"true-false">[] {
  // Which field to swap is chosen by the fact's own id, so it never depends on other facts.
  const ordered = rendezvousOrder(
    asks.filter((a) => a.forTrueFalse !== false),
    `${fact.id}|true-false`,
    (a) => a.key,
  );
  let truthful: QuestionOfKind<"true-false"> | undefined;
  for (const ask of ordered) {
    const own = slotValue(ask.claim, ask.slot);
    if (own === undefined) continue;
    const show = (v: typeof own) => phrase(ctx, v, ask.show);
    truthful ??= statementQuestion(fact, ask, true, ask.statement(show(own)), ask.claim);
    const swaps = pickDistractors(ctx, ask, SWAP_TRIES, questionKey(fact.id, "true-false", "false"));
    const fresh = swaps.find((v) => !used.has(normalizeText(ask.statement(show(v)))));
    const swap = fresh ?? swaps[0];
    const falseClaim = swap && fillSlot(ask.claim, ask.slot, swap);
    if (swap === undefined || falseClaim === undefined) continue;
    const statement = ask.statement(show(swap));
    used.add(normalizeText(statement));
    // One statement per fact, never a mirrored pair (a true and a false version give each
    // other away). Which one is chosen by the fact's id, so about half the bank is false.
    if (hashString(`${fact.id}|true-false|side`) % 2 === 0) {
      return [statementQuestion(fact, ask, true, ask.statement(show(own)), ask.claim)];
    }
    return [statementQuestion(fact, ask, false, statement, falseClaim, refutingFacts(ctx, falseClaim))];
  }
  return truthful ? [truthful] : ownStatement(fact);
}

/**
 * A fact nothing can be swapped in (a remark, a state that recurs, a kind without asks yet)
 * can still be asked as its own plain sentence, true. Choosing keeps it only to cover a fact
 * nothing else asks: a bank of such items would all be true.
 */
function ownStatement(fact: Fact): QuestionOfKind<"true-false">[] {
  const statement = fact.statement.trim();
  return [
    {
      id: opaqueId(`${questionKey(fact.id, "true-false")}|${normalizeText(statement)}`),
      kind: "true-false",
      topic: TOPIC_OF[fact.kind],
      prompt: `True or false? ${statement}`,
      statement,
      choices: [TRUE, FALSE],
      answers: [TRUE],
      ...provenance([fact]),
      difficulty: estimateDifficulty("true-false", 2),
    },
  ];
}

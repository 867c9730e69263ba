// Judging what a question shows against the fact base: each choice is read back as
// a value, put into the question's claim, and the claim is evaluated.
import type { Corpus } from "../facts/corpus";
import { indexFacts, type FactIndex } from "./fact-index";
import type { Claim, PairProbe, Probe } from "./schema";
import { fillSlot, readValue } from "./slots";
import { evaluateClaim, type Truth } from "./truth";

/** What judging needs: the indexed facts and a way to evaluate a claim. */
export type TruthContext = { index: FactIndex; truth(claim: Claim): Truth };

export function truthContext(corpus: Corpus): TruthContext {
  const index = indexFacts(corpus);
  return { index, truth: (claim) => evaluateClaim(claim, index) };
}

export type Verdict = Truth | "unreadable";

/** The verdict on one choice of a choice question; "unreadable" when it is not a value of the slot's type. */
export function judgeChoice(ctx: TruthContext, probe: Probe, text: string): Verdict {
  const value = readValue(ctx.index.entities, probe.claim, probe.slot, text);
  const claim = value && fillSlot(probe.claim, probe.slot, value);
  return claim ? ctx.truth(claim) : "unreadable";
}

/** The verdict on one left–right pair of a matching question. */
export function judgePair(ctx: TruthContext, probe: PairProbe, left: string, right: string): Verdict {
  const l = readValue(ctx.index.entities, probe.claim, probe.left, left);
  const withLeft = l && fillSlot(probe.claim, probe.left, l);
  const r = withLeft && readValue(ctx.index.entities, withLeft, probe.right, right);
  const claim = withLeft && r && fillSlot(withLeft, probe.right, r);
  return claim ? ctx.truth(claim) : "unreadable";
}

// An "ask" is one thing a fact lets us ask: a claim with one field left open, the
// values that truly fill it, and the words to ask it with. Question kinds are built
// from asks, so the wording for each fact kind lives in one place.
import type { EntityType, Fact } from "../../facts/schema";
import type { Claim, Slot, Topic } from "../schema";
import type { ShowOptions, SlotValue } from "../slots";

export type Ask = {
  /** Short, stable discriminator for question ids: "backer", "place", ... */
  key: string;
  /** The fact this ask was made from; `claim` is as it states it. */
  fact: Fact;
  /**
   * The fact a choice question's id derives from: the first by id of `facts`, so a
   * question several facts prove is made once. True-false and cloze questions use
   * the ask of each fact itself.
   */
  anchor: Fact;
  /** Every fact that proves one of the answers. */
  facts: Fact[];
  topic: Topic;
  slot: Slot;
  /** The claim as this fact states it (a true value in the slot). */
  claim: Claim;
  /** All values that make the claim true, as far as these facts say. */
  answers: SlotValue[];
  /** The question when one answer is true. */
  prompt: string;
  /** The question when several are true ("Select all that apply"); none means it cannot be asked then. */
  multiPrompt?: string;
  /** Asks whose slot is a set (who took part) are always multi-select. */
  alwaysMulti?: boolean;
  /** The claim as a sentence with this value (as `phrase` words it) in the slot, for true-false. */
  statement(valueText: string): string;
  /** Whether a choice question may ask it; false when the prompt would have to state the answer. */
  forChoice?: boolean;
  /** Whether true-false may swap this slot: "X happened on <date>" reads well, "<other event> on <date>" does not. */
  forTrueFalse?: boolean;
  /** The kinds of entity the slot takes; distractors are of these kinds only. */
  entityTypes?: EntityType[];
  /** Plausible wrong values to try first, most plausible tier first. */
  tiers: SlotValue[][];
  show?: ShowOptions;
};

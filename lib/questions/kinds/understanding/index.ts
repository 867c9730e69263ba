// Items that ask for understanding rather than recall: why an actor wanted what it
// wanted, whose account a claim is, how two parties stand, what an agreement held
// as a whole. Each carries the verbatim quotes of the facts it rests on.
import type { GenerationContext } from "../../context";
import { claimItems } from "./claim";
import type { ChoiceItem } from "./common";
import { dealItems } from "./deal";
import { motiveItems } from "./motive";
import { relationItems } from "./relation";

export function understandingItems(ctx: GenerationContext): ChoiceItem[] {
  return [...motiveItems(ctx), ...claimItems(ctx), ...relationItems(ctx), ...dealItems(ctx)];
}

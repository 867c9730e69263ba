// The asks of any fact, by kind.
import type { Fact } from "../../facts/schema";
import type { GenerationContext } from "../context";
import { backingAsks } from "./backing";
import { dealTermAsks } from "./deal-term";
import { eventAsks } from "./event";
import { figureAsks } from "./figure";
import { meetingAsks } from "./meeting";
import { roleAsks } from "./role";
import type { Ask } from "./types";

export type { Ask } from "./types";

export function asksFor(ctx: GenerationContext, fact: Fact): Ask[] {
  switch (fact.kind) {
    case "backing":
      return backingAsks(ctx, fact);
    case "meeting":
      return meetingAsks(ctx, fact);
    case "deal-term":
      return dealTermAsks(ctx, fact);
    case "figure":
      return figureAsks(ctx, fact);
    case "role":
      return roleAsks(ctx, fact);
    case "event":
      return eventAsks(ctx, fact);
    // Motives, claims and relations are asked as a whole (why, whose account, how two
    // parties stand), not one field at a time: see kinds/understanding.
    case "motive":
    case "claim":
    case "relation":
      return [];
    // Words a sentence states have no claim to ask about: their items are built from the sentence (kinds/stated).
    case "stated":
      return [];
  }
}

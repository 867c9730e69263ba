// Incomplete participant keys: "Who took part in the talks in Sochi?" keyed to the
// two presidents, with someone the facts place at the same talks offered as wrong.
import type { GenerationContext } from "../context";
import { sameDate } from "../dates";
import type { Question } from "../schema";
import { flaw, type Flaw } from "./types";
import { distractorsOf } from "./words";

/** Everyone the facts place at the meeting the claim describes, and anyone acting there that day. */
function presentAt(
  ctx: GenerationContext,
  claim: {
    place?: string | undefined;
    date?: { on: string; precision: "day" | "month" | "year" } | undefined;
    participants: string[];
  },
): Set<string> {
  const present = new Set<string>();
  const { index } = ctx;
  for (const m of index.meetings) {
    const samePlace = claim.place === undefined || m.place === claim.place;
    const sameDay = claim.date === undefined || (m.date !== undefined && sameDate(m.date, claim.date));
    const shares = claim.participants.length === 0 || claim.participants.some((p) => m.participants.includes(p));
    if (samePlace && sameDay && shares && (claim.place !== undefined || claim.date !== undefined))
      for (const p of m.participants) present.add(p);
  }
  if (claim.date?.precision === "day") {
    for (const e of index.events)
      if (e.date.precision === "day" && e.date.on === claim.date.on) for (const a of e.actors) present.add(a);
  }
  // A country takes part through its people, and its people through it.
  for (const id of [...present]) {
    const country = index.entities.country(id);
    if (country) present.add(country);
    for (const person of index.peopleByCountry.get(id) ?? []) if (present.has(person)) present.add(id);
  }
  return present;
}

export function participantFlaws(q: Question, ctx: GenerationContext): Flaw[] {
  if (
    (q.kind !== "single-choice" && q.kind !== "multi-select") ||
    q.probe?.slot !== "participants" ||
    q.probe.claim.type !== "meeting"
  )
    return [];
  const present = presentAt(ctx, q.probe.claim);
  const out: Flaw[] = [];
  for (const d of distractorsOf(q)) {
    const id = ctx.index.entities.resolve(d);
    if (id !== undefined && present.has(id)) {
      out.push(
        flaw(
          "incomplete-participant-key",
          "serious",
          `"${d}" is offered as wrong, but the facts place them at the same meeting`,
        ),
      );
    }
  }
  return out;
}

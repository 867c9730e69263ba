// Absurd distractors: wrong options nobody who read the story would consider, so
// they test nothing: an entity of another type than the key, a person of another
// country for a country's office, a backer with no side in the war, an event
// years away from the date asked.
import type { GenerationContext } from "../context";
import type { Claim, Question } from "../schema";
import { normalizeText } from "../text";
import { flaw, type Flaw } from "./types";
import { distractorsOf } from "./words";

/** Entities that take a side in the story: a backer or a backed party of some fact. */
function hasSide(ctx: GenerationContext, id: string): boolean {
  const { index } = ctx;
  const country = index.entities.country(id);
  return [id, ...(country ? [country] : [])].some(
    (x) => index.backingsByBacker.has(x) || index.backingsByBacked.has(x),
  );
}

/** A false claim that is absurd rather than plausible. */
function absurdClaim(ctx: GenerationContext, claim: Claim): string | undefined {
  const { entities } = ctx.index;
  if (claim.type === "office" && claim.country !== undefined) {
    const country = entities.country(claim.person);
    if (country !== undefined && country !== claim.country) {
      return `${entities.name(claim.person)} is not of ${entities.name(claim.country)}, so nobody would take them for its ${claim.office}`;
    }
  }
  if (claim.type === "backs" && !hasSide(ctx, claim.backer)) {
    return `${entities.name(claim.backer)} backs nobody in the story`;
  }
  return undefined;
}

function choiceFlaws(q: Question, ctx: GenerationContext): Flaw[] {
  if (q.kind !== "single-choice" && q.kind !== "multi-select") return [];
  const { entities } = ctx.index;
  const keyTypes = new Set(q.answers.map((a) => entities.resolve(a)).flatMap((id) => (id ? [entities.type(id)] : [])));
  for (const d of distractorsOf(q)) {
    const id = entities.resolve(d);
    if (id !== undefined && keyTypes.size > 0 && !keyTypes.has(entities.type(id))) {
      return [
        flaw(
          "absurd-distractor",
          "moderate",
          `"${d}" is a ${entities.type(id) ?? "thing"}, not a ${[...keyTypes].join("/")} like the key`,
        ),
      ];
    }
    if (q.probe && id !== undefined) {
      const slot = q.probe.slot;
      const claim = q.probe.claim;
      const filled: Claim | undefined =
        claim.type === "office" && slot === "person"
          ? { ...claim, person: id }
          : claim.type === "backs" && slot === "backer"
            ? { ...claim, backer: id }
            : undefined;
      const why = filled && absurdClaim(ctx, filled);
      if (why) return [flaw("absurd-distractor", "moderate", `"${d}": ${why}`)];
    }
  }
  return [];
}

function trueFalseFlaws(q: Question, ctx: GenerationContext): Flaw[] {
  if (q.kind !== "true-false" || q.answers[0] !== "False" || !q.claim) return [];
  const why = absurdClaim(ctx, q.claim);
  return why ? [flaw("absurd-distractor", "moderate", `the false statement is absurd: ${why}`)] : [];
}

/** "Which of these happened on 14 September 2018?" offering the start of the war in 2011. */
function periodFlaws(q: Question, ctx: GenerationContext): Flaw[] {
  if (q.kind !== "multi-select" || q.probe?.claim.type !== "event" || q.probe.slot !== "what") return [];
  const asked = Number(q.probe.claim.date.on.slice(0, 4));
  for (const d of distractorsOf(q)) {
    const events = ctx.index.eventsByWhat.get(normalizeText(d)) ?? [];
    const far = events.find((e) => Math.abs(Number(e.date.on.slice(0, 4)) - asked) >= 5);
    if (far)
      return [
        flaw("absurd-distractor", "moderate", `"${d}" happened in ${far.date.on.slice(0, 4)}, years from ${asked}`),
      ];
  }
  return [];
}

export function absurdFlaws(q: Question, ctx: GenerationContext): Flaw[] {
  return [...choiceFlaws(q, ctx), ...trueFalseFlaws(q, ctx), ...periodFlaws(q, ctx)];
}

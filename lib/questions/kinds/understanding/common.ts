// What the understanding items share: how an attributed view is introduced, which
// entities may stand as wrong options beside a key, and how a choice item is put
// together from its key, its wrong options and the facts that prove it.
import type { Fact, FactOfKind } from "../../../facts/schema";
import { theName } from "../../asks/words";
import { estimateDifficulty, provenance, questionId, TOPIC_OF } from "../../build";
import type { GenerationContext } from "../../context";
import { rendezvousOrder, shuffle } from "../../random";
import type { QuestionAim, QuestionOfKind } from "../../schema";
import { sameRoot } from "../../lint/words";
import { normalizeText } from "../../text";

export type ChoiceItem = QuestionOfKind<"single-choice"> | QuestionOfKind<"multi-select">;

export const MIN_WRONG = 2;
export const MAX_WRONG = 3;

/**
 * "According to the analyst Abdul Wahab Assi", "According to Dmitry Peskov", or
 * "According to the articles" when the article gives the view in its own voice.
 * An office is used only when it is short enough to say aloud ("the analyst").
 */
export function accordingTo(ctx: GenerationContext, who: string | undefined): string {
  if (who === undefined) return "According to the articles";
  return `According to ${titled(ctx, who)}`;
}

/**
 * A person with the office the articles give them, as a teacher says it: "Kremlin
 * spokesman Dmitry Peskov", "the analyst Abdul Wahab Assi" (an office's head only,
 * before "at the Jusoor Studies Center"); anyone else by name.
 */
export function titled(ctx: GenerationContext, who: string): string {
  const name = ctx.index.entities.name(who);
  const office = ctx.index.rolesByPerson
    .get(who)?.[0]
    ?.office.split(/\s+(?:at|of|for|in)\s+/)[0]
    ?.trim();
  if (office === undefined || office === "" || office.split(/\s+/).length > 3) return theName(ctx, who);
  return /^\p{Lu}/u.test(office) ? `${office} ${name}` : `the ${office} ${name}`;
}

/** Entities that back the same side as `id`, or that `id` backs: they share its aims, so are never wrong for sure. */
export function sameSide(ctx: GenerationContext, id: string): Set<string> {
  const { index } = ctx;
  const out = new Set<string>();
  for (const backing of index.backingsByBacker.get(id) ?? []) {
    out.add(backing.backed);
    const country = index.entities.country(backing.backed);
    if (country !== undefined) out.add(country);
    for (const other of index.backingsByBacked.get(backing.backed) ?? []) out.add(other.backer);
  }
  out.delete(id);
  return out;
}

/** Every entity that takes part in the story as an actor: backers, claimants, motive holders, parties to relations. */
export function actorsOfType(ctx: GenerationContext, type: string): string[] {
  const { entities } = ctx.index;
  const ids = new Set<string>();
  for (const fact of ctx.index.facts) {
    for (const id of actorIds(fact)) if (entities.type(id) === type) ids.add(id);
  }
  return [...ids].sort();
}

function actorIds(fact: Fact): string[] {
  switch (fact.kind) {
    case "backing":
      return [fact.backer];
    case "meeting":
      return fact.participants;
    case "deal-term":
      return fact.parties;
    case "role":
      return [fact.person];
    case "event":
      return fact.actors;
    case "motive":
      return [fact.actor, ...(fact.attributedTo ? [fact.attributedTo] : [])];
    case "claim":
      return [fact.claimant, ...fact.coClaimants, ...fact.disputedBy];
    case "relation":
      return [...fact.between];
    case "figure":
    case "stated":
      return [];
  }
}

/** Wrong options in a stable order for this item: the preferred ones first, each tier in a seeded order. */
export function orderedWrong(
  tiers: readonly (readonly string[])[],
  exclude: ReadonlySet<string>,
  seed: string,
): string[] {
  const seen = new Set<string>(exclude);
  const out: string[] = [];
  for (const tier of tiers) {
    for (const value of rendezvousOrder([...new Set(tier)], seed, (v) => v)) {
      const key = normalizeText(value);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(value);
    }
  }
  return out;
}

/**
 * Whether a text names an entity or its country in any form a reader would link
 * ("Russia's", "Turkish", "Moscow"): such a word in a stem points at the key.
 */
export function namesSide(ctx: GenerationContext, id: string, text: string): boolean {
  const { entities } = ctx.index;
  const country = entities.country(id);
  const ids = [id, ...(country !== undefined ? [country] : [])];
  if (ids.some((x) => entities.isMentioned(x, text))) return true;
  const words = normalizeText(text)
    .split(" ")
    .filter((w) => w.length >= 4);
  const names = ids
    .flatMap((x) => entities.names(x))
    .flatMap((n) => normalizeText(n).split(" "))
    .filter((w) => w.length >= 4);
  return words.some((w) => names.some((n) => sameRoot(w, n)));
}

/**
 * The country an entity speaks for: itself, a person's country, or the one
 * country an organisation's name names ("the Russian Defense Ministry"). None
 * for an outlet or an analyst the entities give no country.
 */
export function countryOf(ctx: GenerationContext, id: string): string | undefined {
  const { entities } = ctx.index;
  if (entities.type(id) === "country") return id;
  const country = entities.country(id);
  if (country !== undefined || entities.type(id) !== "organization") return country;
  const named = entities.ofType("country").filter((c) => namesSide(ctx, c, entities.name(id)));
  return named.length === 1 ? named[0] : undefined;
}

/**
 * The first `n` wrong options, except that the key is never the longest option
 * when a wrong one as long is at hand: a test-wise learner picks the longest.
 */
export function pickWrong(ordered: readonly string[], answers: readonly string[], n = MAX_WRONG): string[] {
  const taken = ordered.slice(0, n);
  const longestKey = Math.max(...answers.map((a) => a.length));
  if (taken.length === 0 || Math.max(...taken.map((t) => t.length)) >= longestKey) return taken;
  const long = ordered.slice(n).find((t) => t.length >= longestKey);
  return long === undefined ? taken : [...taken.slice(0, -1), long];
}

export type ChoiceDraft = {
  anchor: Fact;
  facts: readonly Fact[];
  discriminator: string;
  prompt: string;
  answers: readonly string[];
  wrong: readonly string[];
  aim: QuestionAim;
  /** Multi-select when several answers are right, or when asked as "select all". */
  multi?: boolean;
};

/** A single-choice or multi-select item, or nothing when there are too few wrong options. */
export function choiceItem(draft: ChoiceDraft): ChoiceItem | undefined {
  if (draft.wrong.length < MIN_WRONG || draft.answers.length === 0) return undefined;
  const multi = draft.multi === true || draft.answers.length > 1;
  const kind = multi ? "multi-select" : "single-choice";
  const id = questionId(draft.anchor.id, kind, draft.discriminator);
  const answers = [...draft.answers];
  const choices = shuffle([...answers, ...draft.wrong], id);
  return {
    id,
    kind,
    topic: TOPIC_OF[draft.anchor.kind],
    prompt: multi ? `${draft.prompt} Select all that apply.` : draft.prompt,
    choices,
    answers,
    ...provenance(draft.facts),
    difficulty: estimateDifficulty(kind, choices.length),
    aim: draft.aim,
  };
}

export type Motive = FactOfKind<"motive">;
export type ClaimFact = FactOfKind<"claim">;
export type Relation = FactOfKind<"relation">;

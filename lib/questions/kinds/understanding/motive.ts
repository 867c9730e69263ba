// Why-items and perspective items from motive facts: who wanted or feared what,
// and why, as the articles say (Turkey feared a massive flow of refugees onto its
// soil; Russia wanted the Aleppo-Damascus highway secured, in an analyst's reading).
// Wrong options are other actors, or the aims and reasons of actors on another
// side, never text the articles don't give.
import { typeNoun } from "../../entities";
import { stripFinalStop, theName } from "../../asks/words";
import type { GenerationContext } from "../../context";
import { normalizeText } from "../../text";
import {
  accordingTo,
  actorsOfType,
  choiceItem,
  namesSide,
  pickWrong,
  orderedWrong,
  sameSide,
  type ChoiceItem,
  type Motive,
} from "./common";

const PAST: Record<Motive["stance"], string> = {
  fears: "feared",
  wants: "wanted",
  seeks: "sought",
  opposes: "opposed",
};
const BASE: Record<Motive["stance"], string> = { fears: "fear", wants: "want", seeks: "seek", opposes: "oppose" };

/** Fearing and opposing look away from an outcome; wanting and seeking towards it. A reason is always sought. */
const negative = (m: Motive) => m.stance === "fears" || m.stance === "opposes";

type Form = "to" | "that" | "ing" | "noun";

/** How an aim reads after a verb: "to secure …", "that the troops stop …", "protecting …", "a ceasefire". */
export function formOf(text: string): Form {
  const first = text.trim().split(/\s+/)[0]?.toLowerCase() ?? "";
  if (first === "to") return "to";
  if (first === "that") return "that";
  return /^[a-z]{3,}ing$/.test(first) ? "ing" : "noun";
}

/** "feared a massive flow of refugees", "sought to ensure that the troops stop …"; undefined when it won't read. */
function predicate(motive: Motive, verbs: Record<Motive["stance"], string>): string | undefined {
  const aim = stripFinalStop(motive.aim);
  const form = formOf(aim);
  if (form === "ing") return undefined;
  if (form === "that" && motive.stance !== "fears") return `${verbs[motive.stance]} to ensure ${aim}`;
  return `${verbs[motive.stance]} ${aim}`;
}

/** A reason that can follow a predicate: "to avert a possible attack". */
function reasonOf(motive: Motive): string | undefined {
  const because = motive.because === undefined ? undefined : stripFinalStop(motive.because);
  return because !== undefined && formOf(because) === "to" ? because : undefined;
}

const mentions = namesSide;

/** The attribution a motive needs: an analyst's reading is the analyst's, never the article's voice. */
function attributed(ctx: GenerationContext, motive: Motive): string {
  return accordingTo(ctx, motive.attributedTo);
}

/** Whose view is the attributor's own side's? Then naming them gives the actor away. */
function attributorGivesAway(ctx: GenerationContext, motive: Motive): boolean {
  const who = motive.attributedTo;
  if (who === undefined) return false;
  return who === motive.actor || ctx.index.entities.country(who) === motive.actor;
}

/** "According to the articles, which country feared a massive flow of refugees onto its soil?" */
function whoItem(ctx: GenerationContext, motive: Motive, all: readonly Motive[]): ChoiceItem | undefined {
  const done = predicate(motive, PAST);
  if (done === undefined || attributorGivesAway(ctx, motive)) return undefined;
  const reason = reasonOf(motive);
  const said = reason !== undefined && !mentions(ctx, motive.actor, reason) ? `${done} ${reason}` : done;
  if (mentions(ctx, motive.actor, said)) return undefined;
  const type = ctx.index.entities.type(motive.actor);
  if (type === undefined) return undefined;
  // Anyone on the actor's side, or any actor the articles give the same aim, could be right too.
  const sharing = all
    .filter((m) => normalizeText(m.aim) === normalizeText(motive.aim) && m.stance === motive.stance)
    .map((m) => m.actor);
  const exclude = new Set([motive.actor, ...sameSide(ctx, motive.actor), ...sharing]);
  const name = (id: string) => ctx.index.entities.name(id);
  const backers = [...ctx.index.backingsByBacker.keys()].filter((id) => ctx.index.entities.type(id) === type);
  const tiers = [backers, all.map((m) => m.actor), actorsOfType(ctx, type)].map((t) =>
    t.filter((id) => !exclude.has(id) && ctx.index.entities.type(id) === type).map(name),
  );
  // The other side's backers are the confusion worth testing; a bystander may share the aim
  // unsaid (others, too, urge a ceasefire), so bystanders come in only when the other side is too few.
  const backed = new Set((ctx.index.backingsByBacker.get(motive.actor) ?? []).map((b) => b.backed));
  const opposed = (tiers[0] ?? []).filter((n) => {
    const id = ctx.index.entities.resolve(n);
    const theirs = id === undefined ? [] : (ctx.index.backingsByBacker.get(id) ?? []);
    return backed.size > 0 && theirs.length > 0 && theirs.every((b) => !backed.has(b.backed));
  });
  const ordered = orderedWrong(
    opposed.length >= 2 ? [opposed] : tiers,
    new Set([normalizeText(name(motive.actor))]),
    `${motive.id}|who`,
  );
  const wrong = pickWrong(ordered, [name(motive.actor)]);
  return choiceItem({
    anchor: motive,
    facts: [motive],
    discriminator: "motive-who",
    prompt: `${attributed(ctx, motive)}, which ${typeNoun(type)} ${said}?`,
    answers: [name(motive.actor)],
    wrong,
    aim: "perspective",
  });
}

/** Aims and reasons of actors on another side, in one grammatical form, nearest in length first. */
function otherAims(ctx: GenerationContext, motive: Motive, all: readonly Motive[], form: Form, key: string): string[] {
  const own = new Set([motive.actor, ...sameSide(ctx, motive.actor)]);
  const texts = all
    .filter((m) => !own.has(m.actor))
    .flatMap((m) => [
      ...(negative(m) === negative(motive) ? [m.aim] : []),
      ...(m.because !== undefined ? [m.because] : []),
    ])
    .map(stripFinalStop)
    .filter((t) => formOf(t) === form && !mentions(ctx, motive.actor, t));
  const byLength = [...new Set(texts)].sort(
    (a, b) => Math.abs(a.length - key.length) - Math.abs(b.length - key.length) || (a < b ? -1 : 1),
  );
  const ordered = orderedWrong([byLength], new Set([normalizeText(key)]), `${motive.id}|aims`).sort(
    (a, b) => byLength.indexOf(a) - byLength.indexOf(b),
  );
  return ordered;
}

/** "According to the articles, why did Turkey seek a ceasefire?" keyed to the reason the article gives. */
function whyItem(ctx: GenerationContext, motive: Motive, all: readonly Motive[]): ChoiceItem | undefined {
  const reason = motive.because === undefined ? undefined : stripFinalStop(motive.because);
  const asked = predicate(motive, BASE);
  if (reason === undefined || asked === undefined) return undefined;
  const wrong = pickWrong(otherAims(ctx, motive, all, formOf(reason), reason), [reason]);
  return choiceItem({
    anchor: motive,
    facts: [motive],
    discriminator: "motive-why",
    prompt: `${attributed(ctx, motive)}, why did ${theName(ctx, motive.actor)} ${asked}?`,
    answers: [reason],
    wrong,
    aim: "why",
  });
}

/** "According to the analyst Abdul Wahab Assi, what did Russia want?" keyed to the aim. */
function whatItem(ctx: GenerationContext, motive: Motive, all: readonly Motive[]): ChoiceItem | undefined {
  const aim = stripFinalStop(motive.aim);
  const form = formOf(aim);
  if (form === "ing" || mentions(ctx, motive.actor, aim)) return undefined;
  // Another aim of the same actor would be right too: only aims of others are offered.
  const others = otherAims(ctx, motive, all, form, aim).filter(
    (t) => !all.some((m) => m.actor === motive.actor && normalizeText(stripFinalStop(m.aim)) === normalizeText(t)),
  );
  const wrong = pickWrong(others, [aim]);
  const verb = motive.stance === "fears" || motive.stance === "opposes" ? BASE[motive.stance] : "want";
  return choiceItem({
    anchor: motive,
    facts: [motive],
    discriminator: "motive-what",
    prompt: `${attributed(ctx, motive)}, what did ${theName(ctx, motive.actor)} ${verb}?`,
    answers: [aim],
    wrong,
    aim: "perspective",
  });
}

export function motiveItems(ctx: GenerationContext): ChoiceItem[] {
  const all = (ctx.factsByKind.get("motive") ?? []) as Motive[];
  return all
    .flatMap((m) => [whyItem(ctx, m, all), whoItem(ctx, m, all), whatItem(ctx, m, all)])
    .flatMap((q) => (q ? [q] : []));
}

// Items on how two parties stand to each other: on opposite sides of the war yet
// allies; partners in talks while backing separate sides. "How do Russia and
// Turkey stand to each other?" and "Russia and which other country are key global
// allies, though on opposite sides of the conflict?"
import { typeNoun } from "../../entities";
import { stripFinalStop, theName } from "../../asks/words";
import type { GenerationContext } from "../../context";
import { normalizeText } from "../../text";
import { choiceItem, orderedWrong, pickWrong, sameSide, type ChoiceItem, type Relation } from "./common";

/** Words that put the two on different sides of the war. */
const OPPOSED = /\b(opposite|different|separate|rival) sides?\b/i;
const TIES: Partial<Record<Relation["relation"], string>> = {
  allies: "allies",
  partners: "partners",
  "co-guarantors": "partners",
};

const onOppositeSides = (r: Relation) =>
  r.relation === "opposite-sides" || OPPOSED.test(r.description) || OPPOSED.test(r.context ?? "");

const pairKey = (r: Relation) => [...r.between].sort().join("|");

/**
 * The four ways two parties can stand, worded alike so no option stands out. Only
 * a pair the articles place on both counts (which side, and whether they are
 * allies or partners) is asked: the other three are then false by the facts.
 */
function standingItem(ctx: GenerationContext, pair: readonly Relation[]): ChoiceItem | undefined {
  const opposed = pair.filter(onOppositeSides);
  const tied = pair.filter((r) => TIES[r.relation] !== undefined);
  const first = pair[0];
  if (first === undefined || opposed.length === 0 || tied.length === 0) return undefined;
  const tie = tied.some((r) => r.relation === "allies") ? "allies" : "partners";
  const [a, b] = first.between;
  const options = [
    `On opposite sides, yet ${tie}`,
    `On the same side, and ${tie}`,
    `On opposite sides, and not ${tie}`,
    `On the same side, yet not ${tie}`,
  ];
  // The two facts that prove the key, no more: each fact's other items keep their room.
  const byId = (x: Relation, y: Relation) => (x.id < y.id ? -1 : 1);
  const side = [...opposed]
    .sort(byId)
    .sort((x, y) => Number(y.relation === "opposite-sides") - Number(x.relation === "opposite-sides"))[0];
  const bond = tied.filter((r) => TIES[r.relation] === tie).sort(byId)[0];
  const facts = [...new Set([side, bond].flatMap((r) => (r ? [r] : [])))].sort(byId);
  const anchor = facts[0] ?? first;
  return choiceItem({
    anchor,
    facts,
    discriminator: "relation-standing",
    prompt: `Which best describes ${theName(ctx, a)} and ${theName(ctx, b)}, according to the articles?`,
    answers: [options[0] ?? ""],
    wrong: options.slice(1),
    aim: "connect",
  });
}

/** A description that reads after "are": "key global allies", "backing different sides in the Syrian conflict". */
function readsAfterAre(ctx: GenerationContext, text: string): boolean {
  return !/^(a|an|the|its|their|his|her|while)\b/i.test(text) && ctx.index.entities.mentionedIn(text).length === 0;
}

/** "though on opposite sides of the deadly seven-year conflict", "while backing separate sides". */
function contextClause(r: Relation): string | undefined {
  const context = r.context === undefined ? undefined : stripFinalStop(r.context);
  if (context === undefined) return undefined;
  if (/^(while|despite|although|though)\b/i.test(context)) return context;
  if (/^(on|in|at)\b/i.test(context)) return `though ${context}`;
  return undefined;
}

/**
 * "Russia and which other country are key global allies, though on opposite
 * sides …?" Asked only where the relation puts the two on opposite sides: then
 * the parties on the asked one's own side are provably wrong, and they are the
 * only wrong options offered.
 */
function otherPartyItem(ctx: GenerationContext, r: Relation, at: 0 | 1): ChoiceItem | undefined {
  const self = r.between[at];
  const other = r.between[at === 0 ? 1 : 0];
  const type = ctx.index.entities.type(other);
  const description = stripFinalStop(r.description);
  if (type === undefined || !onOppositeSides(r) || !readsAfterAre(ctx, description)) return undefined;
  const clause = contextClause(r);
  if (clause !== undefined && ctx.index.entities.mentionedIn(clause).length > 0) return undefined;
  const name = (id: string) => ctx.index.entities.name(id);
  const own = [...sameSide(ctx, self)].filter((id) => id !== other && ctx.index.entities.type(id) === type).sort();
  const ordered = orderedWrong([own.map(name)], new Set([normalizeText(name(other))]), `${r.id}|${at}`);
  const wrong = pickWrong(ordered, [name(other)]);
  const said = clause === undefined ? description : `${description}, ${clause}`;
  return choiceItem({
    anchor: r,
    facts: [r],
    discriminator: `relation-other-${at}`,
    prompt: `${theName(ctx, self)} and which other ${typeNoun(type)} are ${said}?`,
    answers: [name(other)],
    wrong,
    aim: "perspective",
  });
}

export function relationItems(ctx: GenerationContext): ChoiceItem[] {
  const all = (ctx.factsByKind.get("relation") ?? []) as Relation[];
  const byPair = new Map<string, Relation[]>();
  for (const r of all) byPair.set(pairKey(r), [...(byPair.get(pairKey(r)) ?? []), r]);
  const standing = [...byPair.values()].map((pair) => standingItem(ctx, pair));
  const others = all.flatMap((r) => [otherPartyItem(ctx, r, 0), otherPartyItem(ctx, r, 1)]);
  return [...standing, ...others].flatMap((q) => (q ? [q] : []));
}

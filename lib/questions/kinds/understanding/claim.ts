// Source and perspective items from claim facts: whose words or account a claim
// is ("Who said that Moscow was committed to the Sochi agreements?"), and, where
// two sides give rival accounts, which account is whose. A contested claim is
// never shown without its owner: the stem always asks whose it is.
import { stripFinalStop, theName } from "../../asks/words";
import { leansOnUnseen } from "../../lint/teacher-read";
import type { GenerationContext } from "../../context";
import { capitalize, normalizeText, possessive } from "../../text";
import {
  actorsOfType,
  choiceItem,
  countryOf,
  namesSide,
  orderedWrong,
  pickWrong,
  sameSide,
  titled,
  type ChoiceItem,
  type ClaimFact,
} from "./common";

/** A claim that reads as a sentence of its own: a verb, and not a bare phrase ("millions of refugees in that zone"). */
const FINITE =
  /\b(is|are|was|were|be|been|has|have|had|will|would|could|may|might|can|should|must|did|does|do|began|became|broke|brought|came|fell|fought|gave|held|hit|kept|led|left|lost|made|met|put|rose|said|sent|set|shot|struck|took|told|went|won)\b|\b[a-z]{3,}ed\b/i;

/** The claim is the speaker's own words when a quote gives it inside quotation marks; otherwise it is reported. */
function quotedInSource(claim: ClaimFact, text: string): boolean {
  return claim.evidence.some((e) => {
    const at = e.quote.indexOf(text.slice(0, 40));
    return at > 0 && /["“'‘]\s*$/.test(e.quote.slice(0, at));
  });
}

/** The country an entity speaks for, else the entity itself: one side's voice. */
function sideOf(ctx: GenerationContext, id: string): string {
  return countryOf(ctx, id) ?? id;
}

const mentionsSide = namesSide;

/** "Who said that Moscow was committed to the Sochi agreements?", "Whose words are these: “…”?" */
function whoseItem(ctx: GenerationContext, claim: ClaimFact, all: readonly ClaimFact[]): ChoiceItem | undefined {
  const { entities } = ctx.index;
  const text = stripFinalStop(claim.claim);
  const type = entities.type(claim.claimant);
  if (type === undefined || claim.coClaimants.length > 0 || !FINITE.test(text)) return undefined;
  // Who said a peripheral remark (a minor analyst's aside) is trivia, not understanding.
  if (claim.importance === "peripheral") return undefined;
  if (entities.isMentioned(claim.claimant, text)) return undefined;
  const side = sideOf(ctx, claim.claimant);
  const sameText = new Set(
    all
      .filter((c) => normalizeText(c.claim) === normalizeText(claim.claim))
      .flatMap((c) => [c.claimant, ...c.coClaimants]),
  );
  const ofType = (ids: readonly string[]) =>
    ids.filter(
      (id) =>
        id !== claim.claimant && entities.type(id) === type && !sameText.has(id) && !entities.isMentioned(id, text),
    );
  const claimants = ofType([...new Set(all.map((c) => c.claimant))]);
  const people = ofType(actorsOfType(ctx, type));
  const sameCountry = (id: string) => sideOf(ctx, id) === side;
  const name = (id: string) => entities.name(id);
  // The other minister of the same side first: a learner must know who, not which side. A body of
  // the same state is left out: the ministry's own centre may well have said the same.
  const tiers = [
    ...(type === "person" ? [claimants.filter(sameCountry), people.filter(sameCountry)] : []),
    claimants.filter((id) => !sameCountry(id)),
    people.filter((id) => !sameCountry(id)),
  ];
  // A stem that names the key's side ("Ankara", "Moscow") is a cue unless every option is of that side.
  const namesKeySide = mentionsSide(ctx, claim.claimant, text);
  // Only the key's side would fit such a stem once the same state's bodies are left out.
  if (namesKeySide && type !== "person") return undefined;
  const ordered = orderedWrong(namesKeySide ? tiers.slice(0, 2) : tiers, new Set(), `${claim.id}|whose`);
  // Compared by the names shown, so the key is not the one long name among short ones.
  const byName = new Map(ordered.map((id) => [name(id), id]));
  const wrongIds = pickWrong([...byName.keys()], [name(claim.claimant)]).flatMap((n) => byName.get(n) ?? []);
  const prompt = quotedInSource(claim, text)
    ? `Whose words are these: “${text}”?`
    : // A ministry or a government says things as a person does: "who said that …" reads for both.
      `According to the articles, who said that ${inClause(text)}?`;
  return choiceItem({
    anchor: claim,
    facts: [claim],
    discriminator: "claim-whose",
    prompt,
    answers: [name(claim.claimant)],
    wrong: wrongIds.map(name),
    aim: "source",
  });
}

/**
 * Rival accounts of the same events: "Which of these is the Russian Defense
 * Ministry's account?" with the other side's account and other sides' claims as
 * wrong options. Claims of the key's own side would be defensible, so are left out.
 */
function rivalItem(ctx: GenerationContext, claim: ClaimFact, all: readonly ClaimFact[]): ChoiceItem | undefined {
  const counter = all.find((c) => c.id === claim.counterClaim);
  if (counter === undefined || counter.claimant === claim.claimant) return undefined;
  const side = sideOf(ctx, claim.claimant);
  const own = new Set([claim.claimant, side, ...sameSide(ctx, side)]);
  const isOwn = (c: ClaimFact) => [c.claimant, ...c.coClaimants].some((id) => own.has(id) || own.has(sideOf(ctx, id)));
  // An option that leans on a sentence not shown ("following his Thursday talks") can't be weighed.
  const readable = (c: ClaimFact) =>
    FINITE.test(c.claim) &&
    !mentionsSide(ctx, claim.claimant, c.claim) &&
    leansOnUnseen(ctx, c.claim, true) === undefined;
  if (!readable(claim)) return undefined;
  // Accounts of the same time only: an analyst's 2018 guess is no rival account of a 2020 clash (round-I audit).
  const year = (c: ClaimFact) => ctx.index.articles.get(c.evidence[0]?.article ?? "")?.publishedOn?.slice(0, 4);
  const others = all.filter((c) => c !== claim && c !== counter && !isOwn(c) && readable(c) && year(c) === year(claim));
  const related = others.filter((c) => c.about.some((id) => claim.about.includes(id)));
  const show = (c: ClaimFact) => capitalize(stripFinalStop(c.claim));
  const ordered = orderedWrong(
    // A claim known to be about another matter (a forecast of a new agreement beside an account of a clash) is
    // no rival account (round-J audit); one whose subject the facts don't record may be offered.
    [
      [show(counter)],
      related.map(show),
      others.filter((c) => c.about.length === 0 || claim.about.length === 0).map(show),
    ],
    new Set([normalizeText(show(claim))]),
    `${claim.id}|rival`,
  );
  const wrong = pickWrong(ordered, [show(claim)]);
  return choiceItem({
    anchor: claim,
    facts: [claim, counter],
    discriminator: "claim-rival",
    prompt: `The articles give rival accounts. Which of these is ${possessive(theName(ctx, claim.claimant))} account?`,
    answers: [show(claim)],
    wrong,
    aim: "source",
  });
}

/**
 * "What did Foreign Minister Sergei Lavrov say, according to the articles?" keyed
 * to his words; the wrong options are what speakers of another side said, so
 * knowing who stands where is what answers it. Only for claimants whose side the
 * entities give: an outlet's or an analyst's words could be anyone's.
 */
function whatSaidItem(ctx: GenerationContext, claim: ClaimFact, all: readonly ClaimFact[]): ChoiceItem | undefined {
  const side = countryOf(ctx, claim.claimant);
  if (side === undefined || claim.coClaimants.length > 0 || claim.importance === "peripheral") return undefined;
  if (!FINITE.test(claim.claim)) return undefined;
  const own = new Set([side, ...sameSide(ctx, side)]);
  const others = all.filter((c) => {
    const theirs = countryOf(ctx, c.claimant);
    return (
      c !== claim &&
      theirs !== undefined &&
      !own.has(theirs) &&
      c.coClaimants.length === 0 &&
      c.importance !== "peripheral" &&
      FINITE.test(c.claim)
    );
  });
  const show = (c: ClaimFact) => capitalize(stripFinalStop(c.claim));
  const ordered = orderedWrong([others.map(show)], new Set([normalizeText(show(claim))]), `${claim.id}|said`);
  const person = ctx.index.entities.type(claim.claimant) === "person";
  return choiceItem({
    anchor: claim,
    facts: [claim],
    discriminator: "claim-said",
    prompt: person
      ? `What did ${titled(ctx, claim.claimant)} say, according to the articles?`
      : `What did ${theName(ctx, claim.claimant)} claim, according to the articles?`,
    answers: [show(claim)],
    wrong: pickWrong(ordered, [show(claim)]),
    aim: "perspective",
  });
}

export function claimItems(ctx: GenerationContext): ChoiceItem[] {
  const all = (ctx.factsByKind.get("claim") ?? []) as ClaimFact[];
  return all
    .flatMap((c) => [whoseItem(ctx, c, all), whatSaidItem(ctx, c, all), rivalItem(ctx, c, all)])
    .flatMap((q) => (q ? [q] : []));
}

/** "A possible compromise …" inside "who said that …": the capital goes, unless the word is a name ("Ankara", "I"). */
function inClause(text: string): string {
  const first = /^(\p{Lu})(\p{Ll}*)\b/u.exec(text);
  if (!first) return text;
  const word = first[0];
  const common =
    /^(A|An|The|This|These|That|Those|It|Its|There|Some|Any|No|All|Both|Each|In|On|At|After|Before|Under|While|If|When)$/;
  return common.test(word) ? `${word.toLowerCase()}${text.slice(word.length)}` : text;
}

// What a figure fact lets us ask: the figure a source gives for a measure.
import type { FactOfKind } from "../../facts/schema";
import type { GenerationContext } from "../context";
import { measureKey } from "../fact-index";
import { quantityValue } from "../slots";
import { normalizeText } from "../text";
import type { Ask } from "./types";
import { attribution, minById, stripFinalStop } from "./words";
import { boundInStem, figureQuestion, figureStatement } from "../wording";

type Figure = FactOfKind<"figure">;

/** "people killed in the war" already names the unit "people": choices then show just the number. */
export function countsNamesUnit(fact: Figure): boolean {
  return ` ${normalizeText(fact.counts)} `.includes(` ${normalizeText(fact.quantity.unit)} `);
}

/** "the United Nations", "the Syrian Observatory for Human Rights", but "Ankara", "Hurriyet". */
function withThe(source: string): string {
  const s = source.trim();
  if (/^the /i.test(s)) return s;
  const institution =
    / (for|of) |(Nations|Force|Ministry|Center|Centre|Council|Union|Agency|Office|Department|Army|Observatory|Police|Website)$/;
  return institution.test(s) ? `the ${s}` : s;
}

/** The year a figure stood in: its own date, or the year of the report that gives it. */
function yearOf(ctx: GenerationContext, fact: Figure): number | undefined {
  const on = fact.asOf?.on ?? ctx.index.articles.get(fact.evidence[0]?.article ?? "")?.publishedOn;
  const year = on === undefined ? NaN : Number(String(on).slice(0, 4));
  return Number.isFinite(year) ? year : undefined;
}

export function figureAsks(ctx: GenerationContext, fact: Figure): Ask[] {
  const sameMeasure = ctx.index.figuresByMeasure.get(measureKey(fact.measure)) ?? [fact];
  const same = (f: Figure) => f.quantity.min === fact.quantity.min && f.quantity.max === fact.quantity.max;
  // Sources disagree (360,000 or more than 400,000 killed): then a figure is always attributed.
  const disputed = fact.conflictsWith.length > 0 || sameMeasure.some((f) => !same(f));
  const who =
    fact.source !== undefined && fact.source.trim() !== ""
      ? withThe(fact.source)
      : disputed
        ? attribution(ctx, fact)
        : undefined;
  const counts = stripFinalStop(fact.counts);
  const group = sameMeasure.filter(same);
  // With the bound in the stem, the question is which figure the source gave: other numbers are
  // wrong answers even where the bound would make them true ("more than 15" for "more than 30").
  const asked = boundInStem(fact.quantity) ? { ...fact.quantity, qualifier: "exact" as const } : fact.quantity;
  return [
    {
      key: "quantity",
      fact,
      anchor: minById(group) ?? fact,
      facts: group,
      topic: "figure",
      slot: "quantity",
      claim: { type: "figure", measure: fact.measure, quantity: asked },
      answers: [quantityValue(asked)],
      prompt: figureQuestion(counts, who, fact.quantity, who === undefined ? yearOf(ctx, fact) : undefined),
      statement: (v) => figureStatement(counts, who, v),
      // "More than 30" and "more than 50" nest as options, and a teacher's audit read bare numbers under
      // a "more than how many" stem the same way: such figures are only typed, with their report named.
      forChoice: !boundInStem(fact.quantity) || fact.quantity.qualifier === "about",
      forTrueFalse: !boundInStem(fact.quantity),
      tiers: [],
      show: { quantityUnit: !countsNamesUnit(fact), quantityQualifier: !boundInStem(fact.quantity) },
    },
  ];
}

// Source comparison: where reports disagree on a figure (a death toll of an
// estimated 360,000 in one, more than 400,000 in another), who gives which is
// itself worth knowing. "Which report gives …?" keyed to the one source that
// gives that figure; the wrong options are the sources that give another figure
// for the same thing, then other sources of the corpus.
import type { FactOfKind } from "../../facts/schema";
import { attribution, stripFinalStop } from "../asks/words";
import { estimateDifficulty, provenance, questionId } from "../build";
import type { GenerationContext } from "../context";
import { measureKey } from "../fact-index";
import { formatQuantity } from "../quantities";
import { rendezvousOrder, shuffle } from "../random";
import type { QuestionOfKind } from "../schema";
import { normalizeText } from "../text";

type Figure = FactOfKind<"figure">;

const sameValue = (a: Figure, b: Figure) => a.quantity.min === b.quantity.min && a.quantity.max === b.quantity.max;

/** "the Syrian Observatory for Human Rights", "RFE/RL", "“Idlib in numbers”". */
function sourceOf(ctx: GenerationContext, fact: Figure): string {
  const s = attribution(ctx, fact);
  return /^(the |“)/.test(s) || !/ (for|of) /.test(s) ? s : `the ${s}`;
}

export function sourceComparisons(ctx: GenerationContext): QuestionOfKind<"single-choice">[] {
  const figures = (ctx.factsByKind.get("figure") ?? []) as Figure[];
  const allSources = [...new Set(figures.map((f) => sourceOf(ctx, f)))].sort();
  const out: QuestionOfKind<"single-choice">[] = [];
  for (const fact of figures) {
    const group = (ctx.index.figuresByMeasure.get(measureKey(fact.measure)) ?? []).filter(
      (f) => f.status !== "rejected",
    );
    const differing = group.filter((f) => !sameValue(f, fact));
    if (differing.length === 0) continue;
    const key = sourceOf(ctx, fact);
    // A source giving this same figure would be a second right answer; one giving both is no option at all.
    const alsoRight = new Set(group.filter((f) => sameValue(f, fact)).map((f) => normalizeText(sourceOf(ctx, f))));
    const rivals = [...new Set(differing.map((f) => sourceOf(ctx, f)))].filter((s) => !alsoRight.has(normalizeText(s)));
    if (rivals.length === 0) continue;
    const id = questionId(fact.id, "single-choice", "source");
    // A source of another type than the key ("Ankara" among news outlets) is no plausible confusion.
    const { entities } = ctx.index;
    const typeOf = (s: string) => {
      const id = entities.resolve(s);
      return id === undefined ? undefined : entities.type(id);
    };
    const keyType = typeOf(key);
    const sameType = (s: string) => keyType === undefined || typeOf(s) === undefined || typeOf(s) === keyType;
    const padding = rendezvousOrder(
      allSources.filter((s) => !alsoRight.has(normalizeText(s)) && !rivals.includes(s) && sameType(s)),
      id,
      (s) => s,
    );
    const wrong = [...rivals, ...padding].slice(0, 3);
    if (wrong.length < 2) continue;
    const choices = shuffle([key, ...wrong], id);
    const value = formatQuantity(fact.quantity, { unit: false });
    out.push({
      id,
      kind: "single-choice",
      topic: "figure",
      prompt: `The reports disagree on the number of ${stripFinalStop(fact.counts)}. Which source gives it as ${value}?`,
      choices,
      answers: [key],
      ...provenance([fact, ...differing]),
      difficulty: estimateDifficulty("single-choice", choices.length),
      aim: "source",
    });
  }
  return out;
}

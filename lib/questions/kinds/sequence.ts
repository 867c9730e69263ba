// Sequences across years: from the start of the war to one summit and the next
// crisis. Four days of one month test a calendar; 2011, 2018 and 2020 test whether
// a learner sees how the story unfolds. Only one-off events and meetings, each in
// a different year, so the order is never a matter of opinion.
import type { Fact, FactDate, FactOfKind } from "../../facts/schema";
import { namesOf, stripFinalStop, withArticle } from "../asks/words";
import { estimateDifficulty, provenance, questionId, TOPIC_OF } from "../build";
import type { GenerationContext } from "../context";
import { rendezvousOrder, shuffle } from "../random";
import type { QuestionOfKind } from "../schema";
import { capitalize, normalizeText } from "../text";
import { isOneOffEvent } from "../wording";
import { isRecurring } from "../lint/dating";

type Dated = { fact: Fact; date: FactDate; label: string; year: string };

const MIN_YEARS = 3;
const MAX_ITEMS = 4;

function datedAcrossYears(ctx: GenerationContext): Dated[] {
  const out: Dated[] = [];
  for (const fact of ctx.index.facts) {
    // Phone calls recur: a "when" of them is no one date.
    if (
      fact.kind === "meeting" &&
      fact.date !== undefined &&
      !fact.planned &&
      !/\b(call|calls|phone)\b/i.test(fact.format) &&
      // A negotiations process runs for years: placing it on one date is arguable.
      !isRecurring(fact.format)
    ) {
      out.push({ fact, date: fact.date, label: meetingSentence(ctx, fact), year: fact.date.on.slice(0, 4) });
    } else if (fact.kind === "event" && isOneOffEvent(fact.what)) {
      out.push({ fact, date: fact.date, label: capitalize(stripFinalStop(fact.what)), year: fact.date.on.slice(0, 4) });
    }
  }
  return out.sort((a, b) => (a.fact.id < b.fact.id ? -1 : 1));
}

/** "Vladimir Putin and Recep Tayyip Erdogan held bilateral talks in Sochi": a sentence, as the events are. */
function meetingSentence(ctx: GenerationContext, fact: FactOfKind<"meeting">): string {
  const where = fact.place ? ` in ${ctx.index.entities.name(fact.place)}` : "";
  return `${namesOf(ctx, fact.participants)} held ${withArticle(fact.format)}${where}`;
}

/** The share of pairs a shown order already has right. */
function agreement(answers: readonly string[], shown: readonly string[]): number {
  let right = 0;
  let pairs = 0;
  for (let i = 0; i < shown.length; i++)
    for (let j = i + 1; j < shown.length; j++) {
      pairs++;
      if (answers.indexOf(shown[i] ?? "") < answers.indexOf(shown[j] ?? "")) right++;
    }
  return pairs === 0 ? 0 : right / pairs;
}

/**
 * A shown order that gives nothing away: as near half its pairs in the right
 * order as a few seeded shuffles get, so keeping it as shown earns no more than
 * a guess. Where half can't be had (three items, three pairs), the order just
 * below half, never just above.
 */
function scrambled(answers: readonly string[], seed: string): string[] {
  const cost = (shown: readonly string[]) => {
    const share = agreement(answers, shown);
    return Math.abs(share - 0.5) + (share > 0.5 ? 0.01 : 0);
  };
  let best = shuffle(answers, seed);
  for (let k = 1; k < 12; k++) {
    const next = shuffle(answers, `${seed}|${k}`);
    if (cost(next) < cost(best)) best = next;
  }
  return best;
}

/** One ordering per anchor: the anchor and one item from each of up to three other years. */
export function sequencesAcrossYears(ctx: GenerationContext): QuestionOfKind<"ordering">[] {
  const items = datedAcrossYears(ctx);
  const years = new Set(items.map((i) => i.year));
  if (years.size < MIN_YEARS) return [];
  const out: QuestionOfKind<"ordering">[] = [];
  for (const anchor of items) {
    const chosen: Dated[] = [anchor];
    for (const item of rendezvousOrder(items, `${anchor.fact.id}|years`, (i) => i.fact.id)) {
      if (chosen.length >= MAX_ITEMS) break;
      if (chosen.some((c) => c.year === item.year || normalizeText(c.label) === normalizeText(item.label))) continue;
      chosen.push(item);
    }
    if (chosen.length < MIN_YEARS) continue;
    const inOrder = [...chosen].sort((a, b) => (a.date.on < b.date.on ? -1 : 1));
    const answers = inOrder.map((i) => i.label);
    const id = questionId(anchor.fact.id, "ordering", `years|${inOrder.map((i) => i.fact.id).join(",")}`);
    const choices = scrambled(answers, id);
    out.push({
      id,
      kind: "ordering",
      topic: TOPIC_OF[anchor.fact.kind],
      prompt: "Put these in the order they happened, earliest first.",
      choices,
      answers,
      dates: inOrder.map((i) => i.date),
      ...provenance(inOrder.map((i) => i.fact)),
      difficulty: estimateDifficulty("ordering", answers.length),
      aim: "connect",
    });
  }
  return out;
}

// Sequences across years: from the start of the war to one summit and the next
// crisis. Four days of one month test a calendar; 2011, 2018 and 2020 test whether
// a learner sees how the story unfolds. Only one-off events and meetings, each in
// a different year, so the order is never a matter of opinion.
import type { Fact, FactDate } from "../../facts/schema";
import { meetingLabel } from "../asks/meeting";
import { stripFinalStop } from "../asks/words";
import { estimateDifficulty, provenance, questionId, TOPIC_OF } from "../build";
import type { GenerationContext } from "../context";
import { rendezvousOrder, shuffle } from "../random";
import type { QuestionOfKind } from "../schema";
import { capitalize, normalizeText } from "../text";
import { isOneOffEvent } from "../wording";

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
      !/\b(call|calls|phone)\b/i.test(fact.format)
    ) {
      out.push({ fact, date: fact.date, label: meetingLabel(ctx, fact), year: fact.date.on.slice(0, 4) });
    } else if (fact.kind === "event" && isOneOffEvent(fact.what)) {
      out.push({ fact, date: fact.date, label: capitalize(stripFinalStop(fact.what)), year: fact.date.on.slice(0, 4) });
    }
  }
  return out.sort((a, b) => (a.fact.id < b.fact.id ? -1 : 1));
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
    let choices = shuffle(answers, id);
    if (choices.every((c, k) => c === answers[k])) choices = [...choices.slice(1), ...choices.slice(0, 1)];
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

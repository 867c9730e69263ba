// Mastery per topic, streaks and daily history: pure functions of the learning
// record and `now`, so pages and tests compute the same numbers.
import type { AnswerEvent, CardSnapshot } from "./schema";
import { MIN_CARD_REPS } from "./mastery-rule";

/** A fact is mastered when its latest two answers were right, or its card is well remembered after enough reviews to trust it. */
export function factStates(
  factIds: readonly string[],
  answers: readonly AnswerEvent[],
  cards: readonly CardSnapshot[],
): { mastered: string[]; learning: string[]; unseen: string[] } {
  const byFact = new Map<string, AnswerEvent[]>();
  for (const a of answers) for (const f of a.factIds) (byFact.get(f) ?? byFact.set(f, []).get(f))?.push(a);
  const cardOf = new Map(cards.map((c) => [c.factId, c]));
  const mastered: string[] = [];
  const learning: string[] = [];
  const unseen: string[] = [];
  for (const id of factIds) {
    const history = (byFact.get(id) ?? []).sort((a, b) => b.at.getTime() - a.at.getTime());
    const card = cardOf.get(id);
    const seen = history.length > 0 || (card?.reps ?? 0) > 0;
    if (!seen) unseen.push(id);
    else if (
      (history.length >= 2 && history[0]?.correct && history[1]?.correct) ||
      (card && card.reps >= MIN_CARD_REPS && card.retrievability >= 0.9)
    )
      mastered.push(id);
    else learning.push(id);
  }
  return { mastered, learning, unseen };
}

/** The UTC day of a moment, YYYY-MM-DD. */
export function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** Consecutive days with any study, ending today (or yesterday, so a streak is not lost before today's study). */
export function streak(activity: readonly Date[], now: Date): number {
  const days = new Set(activity.map(dayOf));
  const cursor = new Date(`${dayOf(now)}T00:00:00Z`);
  if (!days.has(dayOf(cursor))) cursor.setUTCDate(cursor.getUTCDate() - 1);
  let count = 0;
  while (days.has(dayOf(cursor))) {
    count += 1;
    cursor.setUTCDate(cursor.getUTCDate() - 1);
  }
  return count;
}

export type DayPoint = { day: string; answered: number; correctRate: number };

/** Answers per day with the day's correct rate, over the last `days` days. */
export function dailyHistory(answers: readonly AnswerEvent[], now: Date, days = 30): DayPoint[] {
  const out: DayPoint[] = [];
  const start = new Date(`${dayOf(now)}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() - (days - 1));
  const byDay = new Map<string, AnswerEvent[]>();
  for (const a of answers) (byDay.get(dayOf(a.at)) ?? byDay.set(dayOf(a.at), []).get(dayOf(a.at)))?.push(a);
  for (let i = 0; i < days; i++) {
    const d = new Date(start);
    d.setUTCDate(start.getUTCDate() + i);
    const list = byDay.get(dayOf(d)) ?? [];
    out.push({
      day: dayOf(d),
      answered: list.length,
      correctRate: list.length ? list.reduce((s, a) => s + a.score, 0) / list.length : 0,
    });
  }
  return out;
}

// The passage heatmap: each passage that a question's evidence cites, shaded by
// how often the class missed those questions. A miss is a wrong or unanswered
// question in a submitted attempt; a passage cited twice by one question counts once.

export type PassageRef = { article: string; passage: string };
export type ItemOutcome = { questionId: string; missed: boolean };
export type PassageHeat = { article: string; passage: string; missed: number; asked: number; level: HeatLevel };

export type HeatLevel = 0 | 1 | 2 | 3 | 4;

export function passageKey(ref: PassageRef): string {
  return `${ref.article}#${ref.passage}`;
}

/** 0 when never missed (or never asked); then one level per quarter of the miss rate. */
export function heatLevel(missed: number, asked: number): HeatLevel {
  if (asked <= 0 || missed <= 0) return 0;
  const rate = Math.min(1, missed / asked);
  return Math.min(4, Math.max(1, Math.ceil(rate * 4))) as HeatLevel;
}

export const HEAT_LEVEL_LABELS: Record<HeatLevel, string> = {
  0: "never missed",
  1: "missed up to 25% of the time",
  2: "missed 26–50% of the time",
  3: "missed 51–75% of the time",
  4: "missed more than 75% of the time",
};

/** "missed 4 of 6 times": the text that stands in for the shade. */
export function describeHeat(h: { missed: number; asked: number }): string {
  return `missed ${h.missed} of ${h.asked} ${h.asked === 1 ? "time" : "times"}`;
}

export function passageHeat(
  evidenceByQuestion: ReadonlyMap<string, readonly PassageRef[]>,
  outcomes: readonly ItemOutcome[],
): Map<string, PassageHeat> {
  const heat = new Map<string, PassageHeat>();
  for (const outcome of outcomes) {
    const refs = evidenceByQuestion.get(outcome.questionId) ?? [];
    const seen = new Set<string>();
    for (const ref of refs) {
      const key = passageKey(ref);
      if (seen.has(key)) continue;
      seen.add(key);
      const h = heat.get(key) ?? { article: ref.article, passage: ref.passage, missed: 0, asked: 0, level: 0 };
      h.asked += 1;
      if (outcome.missed) h.missed += 1;
      heat.set(key, h);
    }
  }
  for (const h of heat.values()) h.level = heatLevel(h.missed, h.asked);
  return heat;
}
